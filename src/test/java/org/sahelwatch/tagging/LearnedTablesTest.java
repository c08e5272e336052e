package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RegionKind;

/** Learned tables on top of the written dictionaries: invented actors and villages, as a fold would learn them. */
class LearnedTablesTest {

    private static final Place SOROKOUBARA_MOPTI = village("acled:ml:sorokoubara", "Mopti", "Bankass", 14.08, -3.52);
    private static final Place SOROKOUBARA_KAYES = village("acled:ml:sorokoubara-2", "Kayes", "Kita", 13.05, -9.49);

    private static Place village(String id, String admin1, String admin2, double lat, double lon) {
        return new Place(id, RegionKind.PLACE, "Sorokoubara", "ML", admin1, admin2, lat, lon, 0, "ACLED", List.of(), List.of());
    }

    private static final Actor KOUROUFA = new Actor("acled-katiba-kouroufa", "Katiba Kouroufa", ActorCategory.REBEL_GROUP,
            "ML", List.of("Katiba Kouroufa"), List.of("Kouroufa fighters"), "2019", "", "");
    private static final Actor HERDERS = new Actor("herders-of-the-north-ne", "Herders of the North (Niger)",
            ActorCategory.CIVILIANS, "NE", List.of("Herders of the North (Niger)"), List.of(), "", "", "");

    private static EnrichedArticle tag(LearnedTables learned, String body) {
        Tagger tagger = new Tagger(TestTagger.get().dictionary().withLearned(learned), TestTagger.get().eventModel());
        return tagger.tag(anArticle().titled("Report").withBody(body).build(), Instant.parse("2023-11-15T00:00:00Z"));
    }

    @Test
    void shouldFindALearnedActorByItsLearnedFormButNeverByItsLabel() {
        LearnedTables learned = new LearnedTables(List.of(KOUROUFA, HERDERS), List.of(), PlacePriors.NONE);

        EnrichedArticle e = tag(learned, "Kouroufa fighters attacked Herders of the North (Niger) near Boni, Mali.");

        assertThat(e.getActors()).extracting(ActorTag::getActorId).contains("acled-katiba-kouroufa")
                .doesNotContain("herders-of-the-north-ne");
    }

    @Test
    void shouldReadAnAmbiguousVillageAsTheReadingConflictReportingMeans() {
        String report = "Gunmen attacked the village of Sorokoubara, killing two herders.";
        PlacePriors mopti = PlacePriors.of(Map.of("sorokoubara", Map.of(SOROKOUBARA_MOPTI.id(), 6, SOROKOUBARA_KAYES.id(), 1)));
        PlacePriors kayes = PlacePriors.of(Map.of("sorokoubara", Map.of(SOROKOUBARA_MOPTI.id(), 1, SOROKOUBARA_KAYES.id(), 6)));

        EnrichedArticle inMopti = tag(new LearnedTables(List.of(), List.of(SOROKOUBARA_MOPTI, SOROKOUBARA_KAYES), mopti), report);
        EnrichedArticle inKayes = tag(new LearnedTables(List.of(), List.of(SOROKOUBARA_MOPTI, SOROKOUBARA_KAYES), kayes), report);

        assertThat(inMopti.getFocus().getAdmin1()).isEqualTo("Mopti");
        assertThat(inKayes.getFocus().getAdmin1()).isEqualTo("Kayes");
    }
}
