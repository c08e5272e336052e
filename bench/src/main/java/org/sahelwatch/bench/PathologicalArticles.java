package org.sahelwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sahelwatch.PathologicalText;
import org.sahelwatch.PathologicalText.Shape;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * Times {@link Tagger#tag} on the article bodies that once made tagging superlinear (issue 11, item 3):
 * each {@link Shape} at 25k, 50k, 100k and 200k characters, after a warm-up, and prints the median and
 * the slowest of the measured runs (wall clock) and the median CPU time of the thread, in milliseconds,
 * per shape and size. On a shared machine the CPU time is the steadier figure.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.sahelwatch.bench.PathologicalArticles}
 * [{@code --sizes 25000,50000} {@code --shapes TOWNS_IN_A_ROW,…} {@code --runs 5}]
 */
public final class PathologicalArticles {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Instant PUBLISHED = Instant.parse("2023-11-14T12:00:00Z");

    private PathologicalArticles() {
    }

    public static void main(String[] args) {
        int[] sizes = {25_000, 50_000, 100_000, 200_000};
        List<Shape> shapes = List.of(Shape.values());
        int runs = 7;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--shapes" -> shapes = Arrays.stream(args[i + 1].split(",")).map(Shape::valueOf).toList();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --sizes N,N… --shapes SHAPE,… --runs N");
            }
        }
        Tagger tagger = Tagger.load(DictionarySource.bundled(), TaggingDictionary.DEFAULT_GAZETTEER_FILES);
        PathologicalText texts = PathologicalText.fromBundledDictionaries();
        System.out.printf("[pathological] JDK %s, %d cores, max heap %d MB, %d measured runs per cell after warm-up%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, runs);
        warmUp(tagger, texts, shapes, sizes);
        System.out.printf("%-20s %9s %10s %10s %10s %8s %8s %7s%n", "shape", "chars", "median ms", "max ms",
                "cpu ms", "regions", "actors", "events");
        for (Shape shape : shapes) {
            for (int size : sizes) {
                RawArticle article = article(texts.body(shape, size, 1));
                var enriched = tagger.tag(article, PUBLISHED); // one more warm-up run, on this very article
                long[] nanos = new long[runs];
                long[] cpuNanos = new long[runs];
                for (int r = 0; r < runs; r++) {
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    tagger.tag(article, PUBLISHED);
                    nanos[r] = System.nanoTime() - start;
                    cpuNanos[r] = CPU.getCurrentThreadCpuTime() - cpuStart;
                }
                Arrays.sort(nanos);
                Arrays.sort(cpuNanos);
                System.out.printf(Locale.ROOT, "%-20s %9d %10.1f %10.1f %10.1f %8d %8d %7d%n", shape, size,
                        nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, cpuNanos[runs / 2] / 1e6,
                        enriched.getRegions().size(), enriched.getActors().size(), enriched.getEvents().size());
            }
        }
    }

    /** Every shape at every size, with another seed, until 30 seconds have passed (at least three rounds). */
    private static void warmUp(Tagger tagger, PathologicalText texts, List<Shape> shapes, int[] sizes) {
        List<RawArticle> articles = new ArrayList<>();
        for (Shape shape : shapes) {
            for (int size : sizes) {
                articles.add(article(texts.body(shape, size, 2)));
            }
        }
        long until = System.nanoTime() + 30_000_000_000L;
        for (int round = 0; round < 3 || System.nanoTime() < until; round++) {
            articles.forEach(a -> tagger.tag(a, PUBLISHED));
        }
    }

    private static RawArticle article(String body) {
        return RawArticle.newBuilder().setId("pathological").setSource("bench").setTitle("Report").setBody(body)
                .setPublishedAt(PUBLISHED).build();
    }
}
