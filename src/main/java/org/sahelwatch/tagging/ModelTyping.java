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
 * ("ambushed", "pillé"). The rule id is the model's version, prefixed {@code model:}.
 */
final class ModelTyping {

    private ModelTyping() {
    }

    static EventTyping.Typing of(EventModel model, EventPrediction prediction, FieldText f, int s, EventSentence candidate) {
        EventType type = prediction.eventType().orElseThrow();
        return new EventTyping.Typing(type, prediction.label(), Math.round(prediction.confidence() * 1000) / 1000.0,
                evidence(model, type, f, s, candidate), "model:" + model.version());
    }

    private static Span evidence(EventModel model, EventType type, FieldText f, int s, EventSentence candidate) {
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
            double w = model.wordWeight(TextFeatures.wordKey(folded, f.tokens.start(t), f.tokens.end(t)), type);
            if (w > bestWeight) {
                bestWeight = w;
                best = t;
            }
        }
        return f.span(best, best + 1);
    }
}
