package org.sahelwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahelwatch.tagging.Actor;
import org.sahelwatch.tagging.ActorDictionary;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Gazetteer;
import org.sahelwatch.tagging.Place;
import org.sahelwatch.tagging.TaggingDictionary;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/** The dictionary and the corpus every contender is given: loaded once per JVM, then immutable. */
public final class BenchData {

    /** Folded, deduplicated, sorted phrases: the phrase id is the index in this list. */
    public final List<String> phrases;
    /** Raw phrases read (before folding and deduplication). */
    public final int rawPhraseCount;
    /** Article ids, in corpus order. */
    public final List<String> articleIds;
    /** Each article's title + "\n" + body, in corpus order. */
    public final List<String> corpus;
    public final long corpusChars;
    public final long corpusUtf8Bytes;

    private static BenchData instance;

    private BenchData(List<String> phrases, int rawPhraseCount, List<String> articleIds, List<String> corpus) {
        this.phrases = Collections.unmodifiableList(phrases);
        this.rawPhraseCount = rawPhraseCount;
        this.articleIds = Collections.unmodifiableList(articleIds);
        this.corpus = Collections.unmodifiableList(corpus);
        long chars = 0;
        long bytes = 0;
        for (String text : corpus) {
            chars += text.length();
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        this.corpusChars = chars;
        this.corpusUtf8Bytes = bytes;
    }

    /** Loads (once per JVM) and prints what was loaded. */
    public static synchronized BenchData get() {
        if (instance == null) {
            instance = load();
            System.out.printf("[bench] dictionary: %d phrases (%d raw place and actor phrases, folded and "
                            + "deduplicated)%n", instance.phrases.size(), instance.rawPhraseCount);
            System.out.printf("[bench] corpus: %d articles, %d chars, %d UTF-8 bytes (%.4f MB)%n",
                    instance.corpus.size(), instance.corpusChars, instance.corpusUtf8Bytes,
                    instance.corpusMegabytes());
        }
        return instance;
    }

    public double corpusMegabytes() {
        return corpusUtf8Bytes / 1e6;
    }

    private static BenchData load() {
        List<String> raw = rawPhrases();
        TreeSet<String> folded = new TreeSet<>();
        for (String phrase : raw) {
            String f = TextNormalizer.foldPhrase(phrase);
            // a phrase with no word in it is ignored by the tagger (DictionaryMatcher.Builder.add)
            if (Tokens.of(f).count() > 0) {
                folded.add(f);
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        readCorpus(ids, texts);
        return new BenchData(new ArrayList<>(folded), raw.size(), ids, texts);
    }

    /**
     * Every place and actor phrase the tagger adds to its matcher: each place's name, aliases and
     * demonyms; each actor's name and aliases, split like the tagger splits them ("Coordination of
     * Azawad Movements (CMA)" is the two phrases "Coordination of Azawad Movements" and "CMA").
     */
    static List<String> rawPhrases() {
        DictionarySource source = DictionarySource.bundled();
        Gazetteer gazetteer = Gazetteer.load(source, TaggingDictionary.DEFAULT_GAZETTEER_FILES);
        ActorDictionary actors = ActorDictionary.load(source, "actors.tsv");
        List<String> out = new ArrayList<>();
        for (Place place : gazetteer.places()) {
            out.add(place.name());
            out.addAll(place.aliases());
            out.addAll(place.demonyms());
        }
        for (Actor actor : actors.actors()) {
            List<String> names = new ArrayList<>();
            names.add(actor.name());
            names.addAll(actor.aliases());
            for (String name : names) {
                out.addAll(splitParenthetical(name));
            }
        }
        return out;
    }

    private static final Pattern PARENTHETICAL = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)\\s*$");

    /** Same rule as TaggingDictionary.splitParenthetical (package-private there). */
    static List<String> splitParenthetical(String phrase) {
        Matcher m = PARENTHETICAL.matcher(phrase);
        return m.matches() ? List.of(m.group(1).strip(), m.group(2).strip()) : List.of(phrase);
    }

    private static void readCorpus(List<String> ids, List<String> texts) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = BenchData.class.getResourceAsStream("/samples/demo-articles.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("/samples/demo-articles.jsonl is not on the classpath; "
                        + "install the main project first (mvn -B -q install -DskipTests)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                ids.add(node.path("id").asText());
                texts.add(node.path("title").asText() + "\n" + node.path("body").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
