package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

class DictionaryMatcherTest {

    private static List<String> matches(DictionaryMatcher matcher, String text) {
        Tokens tokens = Tokens.of(TextNormalizer.foldPhrase(text));
        List<String> found = new ArrayList<>();
        matcher.match(tokens, (first, end, ids) -> {
            for (int id : ids) {
                found.add(id + ":" + tokens.text().substring(tokens.start(first), tokens.end(end - 1)));
            }
        });
        return found;
    }

    @Test
    void shouldMatchWholeWordsOnlyWhateverTheCaseAndAccents() {
        DictionaryMatcher matcher = DictionaryMatcher.builder().build();
        DictionaryMatcher.Builder builder = DictionaryMatcher.builder();
        builder.add("Mali", 1);
        builder.add("Ségou", 2);
        matcher = builder.build();

        assertThat(matches(matcher, "SEGOU and Mali, not Somalia or Malian")).containsExactly("2:segou", "1:mali");
    }

    @Test
    void shouldReportEveryPhraseAtAPositionShortestFirst() {
        DictionaryMatcher.Builder builder = DictionaryMatcher.builder();
        builder.add("Islamic State", 1);
        builder.add("Islamic State Sahel Province", 2);
        builder.add("Sahel", 3);
        DictionaryMatcher matcher = builder.build();

        assertThat(matches(matcher, "the Islamic State Sahel Province said"))
                .containsExactly("1:islamic state", "2:islamic state sahel province", "3:sahel");
    }

    @Test
    void shouldTreatHyphensAndApostrophesAlikeInPhraseAndText() {
        DictionaryMatcher.Builder builder = DictionaryMatcher.builder();
        builder.add("N’Djamena", 1);
        builder.add("Gorom Gorom", 2);
        DictionaryMatcher matcher = builder.build();

        assertThat(matches(matcher, "from N'Djamena to Gorom-Gorom")).containsExactly("1:n'djamena", "2:gorom-gorom");
    }

    @Test
    void shouldKeepEveryEntryOfAPhraseSharedByEntries() {
        DictionaryMatcher.Builder builder = DictionaryMatcher.builder();
        builder.add("Kidal", 1);
        builder.add("kidal", 2);
        DictionaryMatcher matcher = builder.build();

        assertThat(matches(matcher, "Kidal")).containsExactly("1:kidal", "2:kidal");
    }

    @Test
    void shouldGiveTheSameMatchesFromManyThreadsSharingOneMatcher() throws Exception {
        DictionaryMatcher matcher = org.sahelwatch.TestTagger.get().dictionary().matcher();
        String text = org.sahelwatch.Articles.theKidalSeedArticle().build().getBody();
        List<String> expected = matches(matcher, text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> matches(matcher, text)));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).isNotEmpty();
    }
}
