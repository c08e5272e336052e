package org.sahelwatch.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sahelwatch.training.TrainingSet;

/**
 * The project's own labelled news sentences: well-formed, and the training files kept apart from the
 * held-out test set (no training line shares more than half its word trigrams with a test line).
 */
class NewsDataTest {

    private static final Path TRAINING = Path.of("config/training");
    private static final Path TEST = Path.of("config/eval/news-test.tsv");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void shouldReadEveryTrainingAndTestLineWithAValidLabelAndAnIdUniqueInItsSet() throws IOException {
        List<Example> all = new ArrayList<>();
        for (List<Example> set : List.of(training(), read(TEST))) {
            Set<String> ids = new HashSet<>();
            for (Example e : set) {
                assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
            }
            all.addAll(set);
        }
        for (Example e : all) {
            assertThat(e.language()).as(e.id()).isIn("en", "fr");
            assertThat(EventLabels.isLabel(e.label())).as(e.id()).isTrue();
            assertThat(e.text()).as(e.id()).isNotBlank();
        }
        assertThat(all).hasSizeGreaterThan(10_000);
    }

    @Test
    void shouldHaveEnoughTestItemsForEverySubTypeInBothLanguages() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : read(TEST)) {
            counts.merge(e.language() + " " + e.label(), 1, Integer::sum);
        }
        for (String lang : List.of("en", "fr")) {
            for (String sub : EventLabels.subEventTypes()) {
                assertThat(counts.getOrDefault(lang + " " + sub, 0)).as(lang + " " + sub).isGreaterThanOrEqualTo(10);
            }
            assertThat(counts.getOrDefault(lang + " NONE", 0)).as(lang + " NONE").isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void shouldKeepEveryTrainingLineApartFromTheTestSet() throws IOException {
        List<Set<String>> test = new ArrayList<>();
        Map<String, List<Integer>> byTrigram = new HashMap<>();
        for (Example e : read(TEST)) {
            Set<String> t = trigrams(e.text());
            for (String g : t) {
                byTrigram.computeIfAbsent(g, x -> new ArrayList<>()).add(test.size());
            }
            test.add(t);
        }
        List<String> tooClose = new ArrayList<>();
        for (Example e : training()) {
            Set<String> t = trigrams(e.text());
            Map<Integer, Integer> shared = new HashMap<>();
            for (String g : t) {
                for (int i : byTrigram.getOrDefault(g, List.of())) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
            shared.forEach((i, n) -> {
                double jaccard = (double) n / (t.size() + test.get(i).size() - n);
                if (jaccard > 0.5) {
                    tooClose.add(e.id());
                }
            });
        }
        assertThat(tooClose).isEmpty();
    }

    private static List<Example> training() throws IOException {
        List<Example> out = new ArrayList<>();
        for (Path p : TrainingSet.tsvFiles(List.of(TRAINING))) {
            out.addAll(read(p));
        }
        return out;
    }

    private static List<Example> read(Path p) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return TrainingData.news(in, p.toString());
        }
    }

    private static Set<String> trigrams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
        }
        return out;
    }
}
