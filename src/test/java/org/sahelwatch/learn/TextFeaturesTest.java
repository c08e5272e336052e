package org.sahelwatch.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    private final TextFeatures features = new TextFeatures();

    @Test
    void shouldGiveAnL2NormalisedVectorWithIncreasingKeys() {
        SparseVector v = features.extract("Gunmen attacked the village of Kassa.");
        double norm = 0;
        for (float x : v.values()) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        for (int i = 1; i < v.keys().length; i++) {
            assertThat(v.keys()[i]).isGreaterThan(v.keys()[i - 1]);
        }
    }

    @Test
    void shouldFoldCaseAccentsAndDigits() {
        assertThat(features.extract("Ménaka: 12 SOLDATS TUÉS")).isEqualTo(features.extract("menaka: 47 soldats tues"));
    }

    @Test
    void shouldTellWordOrderApartThroughBigrams() {
        assertThat(features.extract("army attacked jihadists")).isNotEqualTo(features.extract("jihadists attacked army"));
    }

    @Test
    void shouldAddNamedFeaturesOnceEach() {
        SparseVector plain = features.extract("attacked");
        SparseVector named = features.extract("attacked", List.of("cat:STATE_FORCES", "cat:STATE_FORCES"));
        assertThat(named.size()).isEqualTo(plain.size() + 1);
        assertThat(named.keys()).contains(TextFeatures.namedKey("cat:STATE_FORCES"));
    }

    @Test
    void shouldGiveNothingForEmptyText() {
        assertThat(features.extract("").size()).isZero();
        assertThat(features.extract("  ... ").size()).isZero();
    }
}
