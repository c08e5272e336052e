package org.sahelwatch.bench.enrich;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.tagging.Tagger;

/**
 * The whole enrichment of one article, exactly what the pipeline's enrich processor does:
 * {@code Tagger.tag(article, clock.instant())}, then the Avro single-object encoding of the
 * EnrichedArticle that the enriched topic's serde performs. One operation = one article; each
 * invocation takes the next article of the chosen part of the corpus, round robin, so the sampled
 * times (Mode.SampleTime) are a distribution over articles: median, p99, and the mean from which
 * articles/s per core follows. {@link JmhReport} turns the JSON result into the README's table.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 6, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 5, timeUnit = TimeUnit.SECONDS)
public class EnrichmentBenchmark {

    /** The tagger with the full bundled dictionaries, as {@code sahelwatch run} loads it, and the corpus part. */
    @State(Scope.Benchmark)
    public static class Pipeline {
        @Param({"ALL", "AROUND_3KB", "LONG"})
        public Articles articles;

        Tagger tagger;
        List<RawArticle> corpus;
        final AvroSerde<EnrichedArticle> serde = AvroSerde.enrichedArticle();
        final Clock clock = Clock.systemUTC();

        @Setup(Level.Trial)
        public void setup() {
            tagger = Taggers.bundled();
            corpus = articles.load();
            Taggers.settle();
        }
    }

    @Benchmark
    public byte[] enrich(Pipeline p, Cursor cursor) {
        RawArticle article = p.corpus.get(cursor.next(p.corpus.size()));
        return p.serde.encode(p.tagger.tag(article, p.clock.instant()));
    }
}
