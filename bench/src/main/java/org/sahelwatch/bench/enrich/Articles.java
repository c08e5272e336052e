package org.sahelwatch.bench.enrich;

import java.util.List;
import java.util.Locale;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.bench.corpus.WireCorpus;

/** The parts of the benchmark corpus a benchmark can run on (JMH parameter {@code articles}). */
public enum Articles {
    /** All 240 articles, in corpus order. */
    ALL(0, Integer.MAX_VALUE),
    /** The articles of 2.5–3.5 kB (title + body, UTF-8): issue 15's "3 kB article". */
    AROUND_3KB(2_500, 3_500),
    /** The long reads (over 6 kB). */
    LONG(6_001, Integer.MAX_VALUE);

    private final int minBytes;
    private final int maxBytes;

    Articles(int minBytes, int maxBytes) {
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    public List<RawArticle> of(List<RawArticle> corpus) {
        return corpus.stream().filter(a -> WireCorpus.bytes(a) >= minBytes && WireCorpus.bytes(a) <= maxBytes).toList();
    }

    /** Loads the corpus part and prints what a benchmark gets. */
    public List<RawArticle> load() {
        List<RawArticle> articles = of(WireCorpus.load());
        System.out.printf(Locale.ROOT, "[bench] articles=%s: %d articles, mean %.0f UTF-8 bytes (title + body)%n",
                name(), articles.size(), meanBytes(articles));
        return articles;
    }

    public static double meanBytes(List<RawArticle> articles) {
        return articles.stream().mapToInt(WireCorpus::bytes).average().orElse(0);
    }
}
