package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * Tagging stage, the sentences that may report an event: each sentence of the title and the body with a
 * trigger phrase ("attacked", "ont repris", "took to the streets") that {@link EventContext} does
 * not rule out (background dated years back, a negation, a threat or plan, what keeps happening),
 * with each trigger's agent ({@link EventParties#agentOf}) and object ({@link EventObject}).
 */
final class EventSentences {

    /** The candidate sentences of the title, then of the body, each in text order. */
    List<EventSentence> find(ArticleState state) {
        List<EventSentence> out = new ArrayList<>();
        for (FieldText f : state.fields) {
            int sentence = -1;
            List<EventSentence.Candidate> candidates = new ArrayList<>();
            for (Hit hit : state.hits(f).triggers()) {
                int s = f.sentenceOf(hit.first());
                if (EventContext.isSuppressed(f, s, hit.first(), state.publishedYear)) {
                    continue;
                }
                if (s != sentence && !candidates.isEmpty()) {
                    out.add(new EventSentence(f, sentence, candidates, state.hits(f).contextsIn(sentence)));
                    candidates = new ArrayList<>();
                }
                sentence = s;
                candidates.add(new EventSentence.Candidate(hit, EventParties.agentOf(state, f, s, hit),
                        EventObject.of(f, s, hit.first(), hit.end(), state.actorMentions)));
            }
            if (!candidates.isEmpty()) {
                out.add(new EventSentence(f, sentence, candidates, state.hits(f).contextsIn(sentence)));
            }
        }
        return out;
    }
}
