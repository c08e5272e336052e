package org.sahelwatch.tagging;

import org.sahelwatch.avro.EventType;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventPrediction;
import org.sahelwatch.learn.TextFeatures;
import org.sahelwatch.text.Span;

/**
 * The typing of a sentence the event model read as an event, with its evidence: the trigger phrase of
 * {@code config/events.tsv} in the sentence whose rule has the model's event type (else its first
 * trigger), or, when the sentence has none, the word whose own weight speaks most for that type
 * ("ambushed", "pillé"). The rule id is the model's version, prefixed {@code model:}, then, when a trigger
 * rule of the same sub-event type matched, a slash and that rule's id ({@code model:events-…/blockade}):
 * the model decided, the rule names what kind of "Other" it is.
 */
final class ModelTyping {

    private ModelTyping() {
    }

    /** Words too common to be anyone's evidence. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "and", "for", "with", "from",
            "that", "this", "was", "were", "has", "have", "had", "are", "its", "their", "his", "her", "who", "which",
            "les", "des", "une", "que", "qui", "dans", "par", "pour", "sur", "avec", "ont", "est", "son", "ses", "leur",
            "aux", "cette", "ces", "été");

    static EventTyping.Typing of(EventModel model, EventPrediction prediction, FieldText f, int s, EventSentence candidate,
                                 EventReading.OfArticle reading) {
        EventType type = prediction.eventType().orElseThrow();
        return new EventTyping.Typing(type, prediction.label(), Math.round(prediction.confidence() * 1000) / 1000.0,
                evidence(model, type, f, s, candidate, reading),
                "model:" + model.version() + ruleOf(prediction.label(), candidate));
    }

    /** "/blockade" when a trigger of the sentence belongs to a rule of this sub-event type; else "". */
    private static String ruleOf(String subEventType, EventSentence candidate) {
        if (candidate != null) {
            for (EventSentence.Candidate c : candidate.candidates()) {
                for (Entry e : c.trigger().entries()) {
                    if (((Entry.Trigger) e).rule().subEventType().equals(subEventType)) {
                        return "/" + ((Entry.Trigger) e).rule().id();
                    }
                }
            }
        }
        return "";
    }

    private static Span evidence(EventModel model, EventType type, FieldText f, int s, EventSentence candidate,
                                 EventReading.OfArticle reading) {
        if (candidate != null && !candidate.candidates().isEmpty()) {
            for (EventSentence.Candidate c : candidate.candidates()) {
                for (Entry e : c.trigger().entries()) {
                    if (((Entry.Trigger) e).rule().eventType() == type) {
                        return c.trigger().span();
                    }
                }
            }
            return candidate.candidates().get(0).trigger().span();
        }
        int[] range = f.sentenceTokens(s);
        int best = range[0];
        double bestWeight = Double.NEGATIVE_INFINITY;
        String folded = f.tokens.text();
        for (int t = range[0]; t < range[1]; t++) {
            int start = f.tokens.start(t);
            int end = f.tokens.end(t);
            Span original = f.span(t, t + 1);
            if (end - start < 3 || FUNCTION_WORDS.contains(folded.substring(start, end))
                    || reading.insideMask(f, original.start(), original.end())) {
                continue; // an actor's or a place's name is what the event is about, not why it is one
            }
            double w = model.wordWeight(TextFeatures.wordKey(folded, start, end), type);
            if (w > bestWeight) {
                bestWeight = w;
                best = t;
            }
        }
        return f.span(best, best + 1);
    }
}
