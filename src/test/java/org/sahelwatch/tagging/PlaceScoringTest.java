package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** The score of each reading of a place name: the highest is the place the article means. */
class PlaceScoringTest {

    /** The reading of the body's place hit {@code key} that scores highest. */
    private static Place best(String body, String key) {
        ArticleState state = Stages.placeContext(body);
        FieldText f = state.fields.get(1);
        Hit hit = state.hits(f).places().stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
        return hit.entries().stream().map(e -> (Entry.PlaceName) e)
                .max(Comparator.comparingDouble(c -> Stages.PLACE_SCORING.score(state, f, hit, c)))
                .orElseThrow().place();
    }

    @Test
    void shouldScoreHighestTheNamesakeNearTheOtherTownsNamed() {
        assertThat(best("JNIM attacked an army camp in Bamba, between Gao and Timbuktu.", "bamba").admin1())
                .isEqualTo("Gao");
    }

    @Test
    void shouldScoreHighestTheNamesakeInTheRegionNamed() {
        assertThat(best("Dogon militiamen attacked a village near Koro, in the Mopti region.", "koro").countryCode())
                .isEqualTo("ML");
        assertThat(best("Gunmen attacked the village of Koro, in Burkina Faso's Nord region.", "koro").countryCode())
                .isEqualTo("BF");
    }

    @Test
    void shouldScoreHighestTheNamesakeOnTheSideOfItsCountryACompassWordGives() {
        assertThat(best("Soldiers said they had recaptured the central town of Konna.", "konna").admin1())
                .isEqualTo("Mopti");
    }

    @Test
    void shouldScoreTheRegionAboveTheTownWhenARegionWordFollows() {
        assertThat(best("Militants attacked a convoy in the region of Kidal.", "kidal").kind())
                .isEqualTo(org.sahelwatch.avro.RegionKind.ADMIN1);
        assertThat(best("Militants attacked a convoy in Kidal.", "kidal").kind())
                .isEqualTo(org.sahelwatch.avro.RegionKind.PLACE);
    }
}
