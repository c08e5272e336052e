package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelwatch.avro.RegionKind;

/**
 * The index files names by length and first letter and by length and last letter; one edit keeps
 * one of the two, so a misspelling at either end, or in the middle, still finds its name, once.
 */
class FuzzyPlaceIndexTest {

    private final FuzzyPlaceIndex index = FuzzyPlaceIndex.of(Gazetteer.of(List.of(
            capital("bf-ouaga", "Ouagadougou", "BF"),
            capital("ml-tombouctou", "Tombouctou", "ML"),
            capital("ne-kantaria", "Kantaria", "NE"),
            capital("ne-xantari", "Xantari", "NE"))));

    @ParameterizedTest
    @ValueSource(strings = {
        "xuagadougou",  // first letter replaced
        "uagadougou",   // first letter deleted
        "aouagadougou", // letter inserted before the first
        "uoagadougou",  // first two letters swapped
    })
    void shouldFindANameMisspeltAtItsFirstLetter(String word) {
        assertThat(placesNear(word)).containsExactly("Ouagadougou");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ouagadougoa",  // last letter replaced
        "ouagadougo",   // last letter deleted
        "ouagadougous", // letter inserted after the last
        "ouagadouguo",  // last two letters swapped
    })
    void shouldFindANameMisspeltAtItsLastLetter(String word) {
        assertThat(placesNear(word)).containsExactly("Ouagadougou");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ouagadaougou", // letter inserted
        "ouagdougou",   // letter deleted
        "ouagodougou",  // letter replaced
        "ouagdaougou",  // two neighbours swapped
    })
    void shouldFindANameMisspeltInTheMiddleOnceThoughBothDrawersHoldIt(String word) {
        assertThat(placesNear(word)).containsExactly("Ouagadougou");
    }

    @Test
    void shouldFindNothingWhenTheWordIsOneEditFromTwoNamesInDifferentDrawers() {
        // "kantari" is "kantaria" without its last letter (drawer of length 8 and first letter k)
        // and "xantari" with its first letter replaced (drawer of length 7 and last letter i)
        assertThat(FuzzyPlaceIndex.withinOneEdit("kantari", "kantaria")).isTrue();
        assertThat(FuzzyPlaceIndex.withinOneEdit("kantari", "xantari")).isTrue();

        assertThat(placesNear("kantari")).isEmpty();
    }

    @Test
    void shouldFindNothingWhenTheWordIsTheNameItselfOrTwoEditsAway() {
        assertThat(placesNear("ouagadougou")).isEmpty();
        assertThat(placesNear("xuagadougoa")).isEmpty();
        assertThat(placesNear("tombuoctu")).isEmpty();
    }

    private List<String> placesNear(String word) {
        return index.near(word).stream().map(p -> p.place().name()).toList();
    }

    private static Place capital(String id, String name, String country) {
        return new Place(id, RegionKind.PLACE, name, country, null, null, 12.0, -1.5, 0, "PPLC",
                List.of(), List.of());
    }
}
