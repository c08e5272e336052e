package org.sahelwatch.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.io.ArticleReader;

/**
 * The benchmark corpus: {@value #SIZE} generated wire reports in {@code bench/corpus/wire-articles.jsonl}
 * (JSON Lines with RawArticle's fields, the input of {@code sahelwatch ingest}), five of them long
 * reads. {@link #main} writes it and prints its size histogram; {@link #load} reads it back through the
 * application's own {@link ArticleReader}.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.sahelwatch.bench.corpus.WireCorpus bench/corpus/wire-articles.jsonl}
 */
public final class WireCorpus {

    public static final int SIZE = 240;
    /** Every 48th report is a long read: 5 in all. */
    static final int LONG_READ_EVERY = 48;
    public static final String RESOURCE = "/corpus/wire-articles.jsonl";
    private static final Instant FIRST = Instant.parse("2024-03-01T06:00:00Z");

    private WireCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: WireCorpus OUTPUT.jsonl");
            System.exit(2);
        }
        WireGenerator generator = new WireGenerator(WireGenerator.CORPUS_SEED);
        ObjectMapper json = new ObjectMapper();
        List<WireGenerator.Report> reports = new ArrayList<>();
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (int n = 0; n < SIZE; n++) {
                WireGenerator.Report report = generator.report(n, n % LONG_READ_EVERY == LONG_READ_EVERY - 1);
                reports.add(report);
                out.write(json.writeValueAsString(fields(n, report)));
                out.write('\n');
            }
        }
        System.out.print(histogram(reports));
    }

    /** RawArticle's fields, in schema order, for report {@code n}. */
    static Map<String, Object> fields(int n, WireGenerator.Report report) {
        String id = String.format(Locale.ROOT, "wire-%04d", n);
        Instant published = FIRST.plus(Duration.ofMinutes(n * 37L * 60 + (n * 7919L) % 60));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("url", "https://news.example/" + slug(report.outlet()) + "/"
                + published.atOffset(ZoneOffset.UTC).toLocalDate().toString().replace('-', '/') + "/" + id);
        f.put("source", report.outlet());
        f.put("title", report.title());
        f.put("body", report.body());
        f.put("language", report.language());
        f.put("publishedAt", published.toString());
        return f;
    }

    static String slug(String outlet) {
        return java.text.Normalizer.normalize(outlet, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** The corpus as the application reads it (the classpath copy of bench/corpus/wire-articles.jsonl). */
    public static List<RawArticle> load() {
        try (InputStream in = WireCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; rebuild the bench module");
            }
            ArticleReader.Result result = new ArticleReader(Clock.systemUTC(), "bench")
                    .read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("the corpus has bad lines: " + result.problems());
            }
            return result.articles();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** UTF-8 bytes of an article's title and body: the size the corpus is described by. */
    public static int bytes(RawArticle article) {
        return article.getTitle().getBytes(StandardCharsets.UTF_8).length
                + article.getBody().getBytes(StandardCharsets.UTF_8).length;
    }

    /** A Markdown size histogram and the corpus's make-up. */
    static String histogram(List<WireGenerator.Report> reports) {
        Map<String, Integer> bins = new TreeMap<>();
        Map<String, Integer> mix = new TreeMap<>();
        long total = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (WireGenerator.Report r : reports) {
            int b = r.utf8Bytes();
            total += b;
            min = Math.min(min, b);
            max = Math.max(max, b);
            String bin = b >= 6_000 ? "6 kB and more (long reads)" : (b / 1000) + "–" + (b / 1000 + 1) + " kB";
            bins.merge(bin, 1, Integer::sum);
            mix.merge((r.kind().sahel ? "Sahel" : "elsewhere") + ", " + (r.kind().conflict ? "conflict" : "no conflict")
                    + ", " + r.language(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles, %,d UTF-8 bytes (title + body), mean %,d, min %,d, max %,d%n%n",
                reports.size(), total, total / reports.size(), min, max));
        out.append("| size (title + body, UTF-8) | articles | |\n|---|---|---|\n");
        bins.forEach((bin, count) -> out.append("| ").append(bin).append(" | ").append(count).append(" | ")
                .append("#".repeat((count + 1) / 2)).append(" |\n"));
        out.append("\n| make-up | articles |\n|---|---|\n");
        mix.forEach((k, count) -> out.append("| ").append(k).append(" | ").append(count).append(" |\n"));
        return out.toString();
    }
}
