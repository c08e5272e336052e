package org.sahelwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void shouldSplitAtFullStopsAndLineBreaksButNotAfterAbbreviations() {
        String text = "Col. Assimi Goïta spoke in Bamako. The U.N. mission left.\nA new paragraph";

        List<String> sentences = Sentences.split(text).stream().map(s -> s.of(text)).toList();

        assertThat(sentences).containsExactly("Col. Assimi Goïta spoke in Bamako.", "The U.N. mission left.",
                "A new paragraph");
    }

    @Test
    void shouldKeepClosingQuotesWithTheirSentence() {
        String text = "He said, “Our forces have taken over Kidal.” Then he left.";

        List<String> sentences = Sentences.split(text).stream().map(s -> s.of(text)).toList();

        assertThat(sentences).containsExactly("He said, “Our forces have taken over Kidal.”", "Then he left.");
    }
}
