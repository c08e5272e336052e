package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.MentionField;
import org.sahelwatch.events.EventRule;

/** The sentences that may report an event, with their triggers' agents and objects. */
class EventSentencesTest {

    private static List<EventSentence> find(String title, String body) {
        return Stages.EVENT_SENTENCES.find(Stages.actors(title, body));
    }

    @Test
    void shouldGatherTheTriggersOfEachSentenceInTextOrder() {
        List<EventSentence> found = find("Report", "Gunmen attacked Boni and killed two herders. Calm returned. "
                + "Soldiers arrived the next day and clashed with them.");

        assertThat(found).extracting(EventSentence::sentence).containsExactly(0, 2);
        assertThat(found.get(0).candidates()).extracting(c -> c.trigger().key()).containsExactly("attacked", "killed");
        assertThat(found.get(0).text()).isEqualTo("Gunmen attacked Boni and killed two herders.");
    }

    @Test
    void shouldPutTheTitleBeforeTheBody() {
        List<EventSentence> found = find("Gunmen attacked Boni", "Gunmen attacked Boni on Monday.");

        assertThat(found).extracting(s -> s.field().field).containsExactly(MentionField.TITLE, MentionField.BODY);
    }

    @Test
    void shouldLeaveOutTriggersThatANegationPlanOrBackgroundRulesOut() {
        assertThat(find("Report", "The army said it did not attack the village of Moura.")).isEmpty();
        assertThat(find("Report", "JNIM vowed to attack Bamako.")).isEmpty();
        assertThat(find("Report", "The region has seen fighting since 2012.")).isEmpty();
    }

    @Test
    void shouldGiveEachTriggerItsAgentAndObject() {
        EventSentence.Candidate active = find("Report", "Militants killed four soldiers near Douentza.")
                .get(0).candidates().get(0);
        EventSentence.Candidate passive = find("Report", "Two herders were killed by militants near Douentza.")
                .get(0).candidates().get(0);

        assertThat(active.agent().category()).isEqualTo(ActorCategory.REBEL_GROUP);
        assertThat(active.object()).isEqualTo(EventRule.ObjectKind.ARMED);
        assertThat(passive.agent().category()).isEqualTo(ActorCategory.REBEL_GROUP);
        assertThat(passive.object()).isEqualTo(EventRule.ObjectKind.CIVILIAN);
    }

    @Test
    void shouldHaveNoAgentWhenNoActorIsNamed() {
        EventSentence.Candidate candidate = find("Report", "A bomb exploded near Gao.").get(0).candidates().get(0);

        assertThat(candidate.agent()).isNull();
    }
}
