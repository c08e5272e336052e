package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;

/** ACLED's associated actors: forces that act alongside a party, in English and French. */
class AssociatedActorTest {

    private static final Instant NOW = Instant.parse("2023-11-15T00:00:00Z");

    private static EventTag event(String body) {
        EnrichedArticle e = TestTagger.get().tag(anArticle().titled("Report").withBody(body).build(), NOW);
        assertThat(e.getEvents()).isNotEmpty();
        return e.getEvents().get(0);
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
