package org.sahelwatch.tagging;

import java.util.Optional;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.events.EventRule;
import org.sahelwatch.text.Span;

/**
 * Tagging stage, whether a candidate sentence reports an event and of which ACLED type and sub-type: today
 * the trigger rules of {@code config/events.tsv}. Of the rules a trigger may fire, the first in the
 * file whose agent and object conditions hold ("killed three herders" is violence against civilians,
 * "killed three soldiers" a battle); of the sentence's triggers, the one whose rule comes first, but
 * a battle against armed men when the first is violence against civilians. Stateless: one instance
 * serves every thread.
 */
final class EventTyping {

    /**
     * The event a sentence reports: its type, sub-type, confidence, the words that are its evidence,
     * and the id of what decided (the rule).
     */
    record Typing(EventType eventType, String subEventType, double confidence, Span evidence, String ruleId) { }

    /** The event the sentence reports, or empty when it reports none. */
    Optional<Typing> typeOf(EventSentence sentence) {
        Typing best = null;
        int bestOrder = Integer.MAX_VALUE;
        Typing armedClash = null;
        for (EventSentence.Candidate candidate : sentence.candidates()) {
            Entry.Trigger chosen = firstRuleThatHolds(candidate, sentence);
            if (chosen == null) {
                continue;
            }
            if (chosen.rule().eventType() == EventType.BATTLES && candidate.object() == EventRule.ObjectKind.ARMED
                    && armedClash == null) {
                armedClash = typing(candidate, chosen.rule());
            }
            if (best == null || chosen.order() < bestOrder) {
                bestOrder = chosen.order();
                best = typing(candidate, chosen.rule());
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // "people were killed when militants attacked the town and clashed with the army": a battle
        return Optional.of(armedClash != null && best.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS
                ? armedClash : best);
    }

    /** Of the rules the trigger may fire, the first in the file whose agent, object and context conditions hold. */
    private static Entry.Trigger firstRuleThatHolds(EventSentence.Candidate candidate, EventSentence sentence) {
        ActorMention agent = candidate.agent();
        Boolean agentIsState = agent == null ? null : agent.category() == ActorCategory.STATE_FORCES;
        Entry.Trigger chosen = null;
        for (Entry e : candidate.trigger().entries()) {
            Entry.Trigger t = (Entry.Trigger) e;
            if (t.rule().acceptsAgent(agentIsState)
                    && t.rule().acceptsObject(candidate.object(), sentence.contexts().contains(t.rule()))
                    && (chosen == null || t.order() < chosen.order())) {
                chosen = t;
            }
        }
        return chosen;
    }

    /** A rule's event, less sure when no one is named acting. */
    private static Typing typing(EventSentence.Candidate candidate, EventRule rule) {
        double confidence = candidate.agent() != null ? rule.confidence() : rule.confidence() * 0.85;
        return new Typing(rule.eventType(), rule.subEventType(), confidence, candidate.trigger().span(), rule.id());
    }
}
