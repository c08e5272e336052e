package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.MentionField;
import org.sahelwatch.events.EventRule;
import org.sahelwatch.events.EventRule.Agent;
import org.sahelwatch.events.EventRule.ObjectKind;
import org.sahelwatch.events.EventRule.Target;

/** Today's typing of a sentence: the trigger rules, on sentences built by hand. */
class EventTypingTest {

    private static final FieldText F = new FieldText(MentionField.BODY, "w0 w1 w2 w3 w4 w5");
    private static final EventTyping TYPING = new EventTyping();

    private static EventRule rule(String id, EventType type, Agent agent, Target target) {
        return new EventRule(id, type, id, agent, List.of(), List.of(id), 0.8, target);
    }

    /** A trigger at token {@code t} that may fire these rules, numbered by their order in the file. */
    private static Hit trigger(int t, Object... rulesAndOrders) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < rulesAndOrders.length; i += 2) {
            entries.add(new Entry.Trigger((EventRule) rulesAndOrders[i], (Integer) rulesAndOrders[i + 1], false));
        }
        return new Hit(F, t, t + 1, F.span(t, t + 1), entries);
    }

    private static final ActorMention STATE = new ActorMention(F, 0, 0, "mali-armed-forces", ActorCategory.STATE_FORCES);
    private static final ActorMention REBELS = new ActorMention(F, 0, 0, "jnim", ActorCategory.REBEL_GROUP);

    private static EventSentence sentence(EventSentence.Candidate... candidates) {
        return new EventSentence(F, 0, List.of(candidates), Set.of());
    }

    @Test
    void shouldChooseTheFirstRuleWhoseAgentAndObjectConditionsHold() {
        EventRule byTheState = rule("territory-government", EventType.BATTLES, Agent.STATE, Target.ANY);
        EventRule byOthers = rule("territory-nonstate", EventType.BATTLES, Agent.NONSTATE, Target.ANY);
        Hit retook = trigger(1, byTheState, 0, byOthers, 1);

        assertThat(TYPING.typeOf(sentence(new EventSentence.Candidate(retook, STATE, ObjectKind.NONE))))
                .hasValueSatisfying(t -> assertThat(t.ruleId()).isEqualTo("territory-government"));
        assertThat(TYPING.typeOf(sentence(new EventSentence.Candidate(retook, REBELS, ObjectKind.NONE))))
                .hasValueSatisfying(t -> assertThat(t.ruleId()).isEqualTo("territory-nonstate"));
    }

    @Test
    void shouldReportNothingWhenNoRuleHolds() {
        EventRule looting = rule("looting", EventType.STRATEGIC_DEVELOPMENTS, Agent.ANY, Target.PROPERTY);

        assertThat(TYPING.typeOf(sentence(new EventSentence.Candidate(trigger(1, looting, 0), REBELS,
                ObjectKind.CIVILIAN)))).isEmpty();
    }

    @Test
    void shouldTypeTheSentenceByTheTriggerWhoseRuleComesFirstWithItsEvidence() {
        EventRule air = rule("air-strike", EventType.EXPLOSIONS_REMOTE_VIOLENCE, Agent.ANY, Target.ANY);
        EventRule clash = rule("armed-clash", EventType.BATTLES, Agent.ANY, Target.ANY);
        EventSentence both = sentence(new EventSentence.Candidate(trigger(1, clash, 13), REBELS, ObjectKind.NONE),
                new EventSentence.Candidate(trigger(4, air, 4), REBELS, ObjectKind.NONE));

        assertThat(TYPING.typeOf(both)).hasValueSatisfying(t -> {
            assertThat(t.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
            assertThat(t.evidence()).isEqualTo(F.span(4, 5));
        });
    }

    @Test
    void shouldPreferABattleWithArmedMenToViolenceAgainstCiviliansInOneSentence() {
        EventRule attack = rule("attack-civilians", EventType.VIOLENCE_AGAINST_CIVILIANS, Agent.ANY, Target.ANY);
        EventRule clash = rule("armed-clash", EventType.BATTLES, Agent.ANY, Target.ANY);
        EventSentence both = sentence(new EventSentence.Candidate(trigger(1, attack, 11), REBELS, ObjectKind.CIVILIAN),
                new EventSentence.Candidate(trigger(4, clash, 13), REBELS, ObjectKind.ARMED));

        assertThat(TYPING.typeOf(both)).hasValueSatisfying(t -> assertThat(t.eventType()).isEqualTo(EventType.BATTLES));
    }

    @Test
    void shouldBeLessSureWhenNoOneIsNamedActing() {
        EventRule ied = rule("ied", EventType.EXPLOSIONS_REMOTE_VIOLENCE, Agent.ANY, Target.ANY);

        assertThat(TYPING.typeOf(sentence(new EventSentence.Candidate(trigger(1, ied, 6), REBELS, ObjectKind.NONE))))
                .hasValueSatisfying(t -> assertThat(t.confidence()).isEqualTo(0.8));
        assertThat(TYPING.typeOf(sentence(new EventSentence.Candidate(trigger(1, ied, 6), null, ObjectKind.NONE))))
                .hasValueSatisfying(t -> assertThat(t.confidence()).isCloseTo(0.68, org.assertj.core.data.Offset.offset(1e-9)));
    }
}
