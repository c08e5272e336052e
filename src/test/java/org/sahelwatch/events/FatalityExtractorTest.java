package org.sahelwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

class FatalityExtractorTest {

    private static OptionalInt count(String sentence) {
        Tokens tokens = Tokens.of(TextNormalizer.foldPhrase(sentence));
        return FatalityExtractor.inSentence(tokens, 0, tokens.count());
    }

    @Test
    void shouldReadDigits() {
        assertThat(count("At least 30 soldiers and volunteers were killed near Djibo.")).hasValue(30);
    }

    @Test
    void shouldReadNumberWords() {
        assertThat(count("Twenty-three Nigerien soldiers were killed in the ambush.")).hasValue(23);
    }

    @Test
    void shouldSumGroupsJoinedByAnd() {
        assertThat(count("Two soldiers and three civilians were killed.")).hasValue(5);
    }

    @Test
    void shouldReadACountAfterTheVerb() {
        assertThat(count("Gunmen attacked the village, killing at least 12 people.")).hasValue(12);
    }

    @Test
    void shouldReadFrenchApproximateCounts() {
        assertThat(count("La frappe a fait une vingtaine de morts selon la CSP.")).hasValue(20);
    }

    @Test
    void shouldCodeDozensAsTwelve() {
        assertThat(count("Dozens of civilians were killed.")).hasValue(12);
    }

    @Test
    void shouldReadZeroWhenNobodyDied() {
        assertThat(count("No one was killed in the blast.")).hasValue(0);
    }

    @Test
    void shouldIgnoreYearsAndDistances() {
        assertThat(count("In 2012 the convoy, 40 km from Gao, was attacked.")).isEmpty();
    }
}
