package org.sahelwatch.tagging;

import java.util.List;
import java.util.Set;
import org.sahelwatch.learn.EventLabels;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventPrediction;

/**
 * Tagging stage, the events of an article as the trained model reads them: every sentence of the title
 * and the body is read on its own; a sentence read as an event is then read again together with the
 * sentences of its paragraph that tell more of it (up to {@value #CONTINUATION} that are not an event
 * of another type, or that name no place and no party but civilians: "Militants attacked an army post near
 * Boni. Eight soldiers were killed.", "… clashed in Tomora. Twelve people were wounded."), the way
 * an ACLED note tells one event, and that reading types it. A sentence that names no place and no party
 * but civilians starts no event of its own once the article has told one ("Residents buried the dead on
 * Monday."). Linear in the article: each sentence is
 * read once alone and at most {@value #CONTINUATION} + 1 times within a span.
 */
final class EventDetection {

    /** Sentences after an event sentence that may be read with it. */
    static final int CONTINUATION = 3;

    private final EventModel model;

    EventDetection(EventModel model) {
        this.model = model;
    }

    /** Adds to the state every event the model reads in the article. */
    void find(ArticleState state, EventReading.OfArticle reading, EventCollector events) {
        boolean told = false; // an event read earlier in the article
        for (FieldText f : state.fields) {
            int n = f.sentences.size();
            EventPrediction[] alone = new EventPrediction[n];
            for (int s = 0; s < n; s++) {
                state.step();
                alone[s] = readAlone(reading, f, s);
            }
            for (int s = 0; s < n; s++) {
                // a sentence that names no place and no party but civilians only tells more of an event told before
                if (alone[s] == null || !alone[s].isEvent() || (told && reading.namesNoPartyOrPlace(f, s))) {
                    continue;
                }
                int end = s + 1;
                while (end < n && end <= s + CONTINUATION && sameParagraph(f, end - 1, end)
                        && (alone[end] == null || !alone[end].isEvent() || sameHappening(alone[s], alone[end])
                            || reading.namesNoPartyOrPlace(f, end))) {
                    end++;
                }
                EventPrediction span = end == s + 1 ? alone[s] : model.classify(reading.of(f, s, end));
                if (!span.isEvent()) {
                    continue;
                }
                told = true;
                EventSentence sentence = reading.candidate(f, s);
                events.add(state, sentence != null ? sentence : new EventSentence(f, s, List.of(), Set.of()),
                        ModelTyping.of(model, span, f, s, sentence, reading), end);
            }
        }
    }

    /**
     * Whether a sentence read as an event may tell more of the event read before it: the same event type,
     * and, when either is a place changing hands, the same sub-event type ("The army took control of Kidal
     * … Four soldiers were killed in clashes in the days before" are two happenings).
     */
    private static boolean sameHappening(EventPrediction first, EventPrediction next) {
        if (!next.eventType().equals(first.eventType())) {
            return false;
        }
        return !(EventLabels.changesHands(first.label()) || EventLabels.changesHands(next.label()))
                || first.label().equals(next.label());
    }

    private EventPrediction readAlone(EventReading.OfArticle reading, FieldText f, int s) {
        int[] range = f.sentenceTokens(s);
        return range[1] <= range[0] ? null : model.classify(reading.of(f, s, s + 1));
    }

    /** No line break between the two sentences. */
    private static boolean sameParagraph(FieldText f, int a, int b) {
        int from = f.sentences.get(a).end();
        int to = f.sentences.get(b).start();
        for (int i = from; i < to; i++) {
            char c = f.original.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
