package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.EventTag;

/** The parties of an event sentence: the actors it names, its trigger's agent, and ACLED's associated actors. */
class EventPartiesTest {

    private static EventTag event(String body) {
        ArticleState state = Stages.events(body);
        assertThat(state.events).isNotEmpty();
        return state.events.get(0);
    }

    /** The agent of the sentence's first trigger. */
    private static ActorMention agent(String body) {
        ArticleState state = Stages.actors(body);
        FieldText f = state.fields.get(1);
        Hit trigger = state.hits(f).triggers().get(0);
        return EventParties.agentOf(state, f, f.sentenceOf(trigger.first()), trigger);
    }

    @Test
    void shouldTakeTheActorAfterByAsTheAgentOfAPassive() {
        assertThat(agent("The Malian army said Kidal was retaken by the CMA.").actorId()).isEqualTo("cma");
        assertThat(agent("The CMA said Kidal was retaken by the Malian army.").actorId()).isEqualTo("mali-armed-forces");
    }

    @Test
    void shouldTakeTheNearestActorBeforeTheTriggerElseTheFirstAfterIt() {
        assertThat(agent("The CMA said the army retook Kidal.").actorId()).isEqualTo("mali-armed-forces");
        assertThat(agent("On Tuesday retook Kidal the army.").actorId()).isEqualTo("mali-armed-forces");
    }

    @Test
    void shouldNeverTakeCiviliansForTheAgent() {
        assertThat(agent("Villagers said gunmen attacked Boni, in Mali.").category()).isNotEqualTo(ActorCategory.CIVILIANS);
    }

    @Test
    void shouldListTheActorsOfTheSentenceOnceInTheOrderOfTheirFirstMention() {
        ArticleState state = Stages.actors("JNIM attacked the army. The army and JNIM clashed again in Mali; JNIM fled.");

        assertThat(EventParties.partiesIn(state, state.fields.get(1), 1)).containsExactly("mali-armed-forces", "jnim");
    }

    @Test
    void shouldMakeTheSecondOfTwoJointForcesAssociated() {
        EventTag english = event("French and Malian forces killed seven ISGS militants near Ansongo on Sunday.");
        EventTag french = event("Les forces françaises et maliennes ont tué sept combattants de l'EIGS près d'Ansongo dimanche.");

        for (EventTag e : List.of(english, french)) {
            assertThat(e.getActorIds()).contains("france-armed-forces", "mali-armed-forces", "isgs");
            assertThat(e.getAssociatedActorIds()).containsExactly("mali-armed-forces");
        }
    }

    @Test
    void shouldMakeAMilitiaThatAccompaniesTheArmyAssociated() {
        EventTag english = event("The Malian army accompanied by Dan Na Ambassagou militiamen attacked a village near Bankass.");
        EventTag french = event("L'armée malienne, appuyée par des miliciens de Dan Na Ambassagou, a attaqué un village près de Bankass.");

        assertThat(english.getAssociatedActorIds()).containsExactly("dan-na-ambassagou");
        assertThat(french.getActorIds()).contains("mali-armed-forces", "dan-na-ambassagou");
    }

    @Test
    void shouldNotAssociateAnArmyWithTheRebelsItFights() {
        EventTag e = event("The army and the CMA clashed near Anefis on Tuesday.");

        assertThat(e.getAssociatedActorIds()).isEmpty();
    }

    @Test
    void shouldNotAssociateTwoForcesThatExchangeFire() {
        EventTag e = event("GATIA militiamen and Nigerien soldiers mistakenly exchanged gunfire near the border, killing one soldier.");

        assertThat(e.getAssociatedActorIds()).isEmpty();
    }
}
