package org.sahelwatch.bench.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.bench.corpus.WireCorpus;

/**
 * Turns the JSON result of the enrichment benchmarks ({@code -rf json -rff FILE}) into the Markdown
 * table of bench/README.md: per benchmark and corpus part, the mean, median, p99 and p99.9 in µs per
 * article, articles/s per core (10⁶ / mean), the mean scaled to a 3 kB article (mean × 3,000 / the
 * part's mean UTF-8 bytes), and the bytes allocated per article when {@code -prof gc} ran.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.sahelwatch.bench.enrich.JmhReport RESULT.json}
 */
public final class JmhReport {

    private JmhReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JmhReport RESULT.json");
            System.exit(2);
        }
        System.out.print(table(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
    }

    static String table(JsonNode results) {
        List<RawArticle> corpus = WireCorpus.load();
        Map<Articles, Double> meanBytes = new EnumMap<>(Articles.class);
        for (Articles part : Articles.values()) {
            meanBytes.put(part, Articles.meanBytes(part.of(corpus)));
        }
        StringBuilder out = new StringBuilder("| benchmark | articles | mean µs | p50 µs | p99 µs | p99.9 µs | articles/s per core "
                + "| µs per 3 kB (mean-scaled) | B allocated per article |\n|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode result : results) {
            String name = result.path("benchmark").asText();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Articles part = Articles.valueOf(result.path("params").path("articles").asText("ALL"));
            JsonNode metric = result.path("primaryMetric");
            if (!metric.path("scoreUnit").asText().equals("us/op")) {
                throw new IllegalArgumentException(name + " is in " + metric.path("scoreUnit").asText()
                        + "; run the benchmarks in their own mode (SampleTime, µs/op)");
            }
            double mean = metric.path("score").asDouble();
            JsonNode pct = metric.path("scorePercentiles");
            JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            out.append(String.format(Locale.ROOT, "| %s | %s (%.0f B) | %.1f | %.1f | %.1f | %.1f | %,.0f | %.1f | %s |%n",
                    name, part, meanBytes.get(part), mean, pct.path("50.0").asDouble(), pct.path("99.0").asDouble(),
                    pct.path("99.9").asDouble(), 1e6 / mean, mean * 3_000 / meanBytes.get(part),
                    alloc.isMissingNode() ? "" : String.format(Locale.ROOT, "%,.0f", alloc.asDouble())));
        }
        return out.toString();
    }
}
