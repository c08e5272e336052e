package org.sahelwatch.tagging;

import java.util.List;
import java.util.Set;
import org.sahelwatch.events.EventRule;

/**
 * A sentence that may report an event, as {@link EventSentences} found it: its field and index, the
 * trigger phrases in it that no negation, plan or background rules out (in text order), each with
 * its agent and the kind of its object, and the event rules whose context phrases the sentence holds.
 * What {@link EventTyping} reads to decide whether and which event the sentence reports.
 */
record EventSentence(FieldText field, int sentence, List<Candidate> candidates, Set<EventRule> contexts) {

    /**
     * One trigger phrase of the sentence: the dictionary hit (its entries are the rules it may
     * trigger), the actor acting (null when none is named) and what it acts on.
     */
    record Candidate(Hit trigger, ActorMention agent, EventRule.ObjectKind object) { }

    EventSentence {
        candidates = List.copyOf(candidates);
    }

    /** The sentence's text as written. */
    String text() {
        return field.sentences.get(sentence).of(field.original);
    }
}
