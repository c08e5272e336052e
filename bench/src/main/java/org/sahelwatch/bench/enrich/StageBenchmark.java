package org.sahelwatch.bench.enrich;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.tagging.DictionaryMatcher;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.text.MinHash;
import org.sahelwatch.text.Sentences;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * The enrichment split into the steps that can be called on their own today, each on the same
 * articles as {@link EnrichmentBenchmark} (one operation = one article, round robin):
 * <ol>
 *   <li>{@code stage1_prepareText}: what the tagger does first to title and body (FieldText): fold,
 *       tokenise and hash in one pass, and split into sentences;</li>
 *   <li>{@code stage2_matchDictionary}: the one dictionary matcher over the prepared tokens;</li>
 *   <li>{@code stage3_tag}: the whole {@code Tagger.tag} (stages 1 and 2, then places, actors, events,
 *       fatalities, focus: the resolution is stage 3 minus stages 1 and 2);</li>
 *   <li>{@code stage4_encode}: the Avro single-object encoding of the article's EnrichedArticle.</li>
 * </ol>
 * Two more steps the pipeline runs per article outside the enrich processor, for the budget of the
 * whole path: {@code other_decodeRaw} (the validator decodes the raw record; the dedup repartition
 * decodes it again) and {@code other_minHash} (the alert decision fingerprints each article that
 * raises a report). bench/README.md says how to add a benchmark per tagging stage once the tagger
 * is split into stages.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
public class StageBenchmark {

    /** The corpus part, with each article's inputs to every step prepared once. */
    @State(Scope.Benchmark)
    public static class Prepared {
        @Param({"ALL"})
        public Articles articles;

        Tagger tagger;
        DictionaryMatcher matcher;
        List<RawArticle> corpus;
        List<Tokens[]> tokens;
        List<EnrichedArticle> enriched;
        List<byte[]> rawBytes;
        final AvroSerde<EnrichedArticle> enrichedSerde = AvroSerde.enrichedArticle();
        final AvroSerde<RawArticle> rawSerde = AvroSerde.rawArticle();
        final Clock clock = Clock.systemUTC();

        @Setup(Level.Trial)
        public void setup() {
            tagger = Taggers.bundled();
            matcher = tagger.dictionary().matcher();
            corpus = articles.load();
            tokens = new ArrayList<>();
            enriched = new ArrayList<>();
            rawBytes = new ArrayList<>();
            Instant now = Instant.now();
            for (RawArticle article : corpus) {
                tokens.add(new Tokens[] {TextNormalizer.foldAndTokenise(article.getTitle()),
                        TextNormalizer.foldAndTokenise(article.getBody())});
                enriched.add(tagger.tag(article, now));
                rawBytes.add(rawSerde.encode(article));
            }
            Taggers.settle();
        }
    }

    @Benchmark
    public void stage1_prepareText(Prepared p, Cursor c, Blackhole bh) {
        RawArticle article = p.corpus.get(c.next(p.corpus.size()));
        bh.consume(TextNormalizer.foldAndTokenise(article.getTitle()));
        bh.consume(TextNormalizer.foldAndTokenise(article.getBody()));
        bh.consume(Sentences.split(article.getTitle()));
        bh.consume(Sentences.split(article.getBody()));
    }

    @Benchmark
    public int stage2_matchDictionary(Prepared p, Cursor c) {
        Tokens[] fields = p.tokens.get(c.next(p.tokens.size()));
        int[] matches = new int[1];
        for (Tokens field : fields) {
            p.matcher.match(field, (first, end, entries) -> matches[0]++);
        }
        return matches[0];
    }

    @Benchmark
    public EnrichedArticle stage3_tag(Prepared p, Cursor c) {
        return p.tagger.tag(p.corpus.get(c.next(p.corpus.size())), p.clock.instant());
    }

    @Benchmark
    public byte[] stage4_encode(Prepared p, Cursor c) {
        return p.enrichedSerde.encode(p.enriched.get(c.next(p.enriched.size())));
    }

    @Benchmark
    public RawArticle other_decodeRaw(Prepared p, Cursor c) {
        return p.rawSerde.decode(p.rawBytes.get(c.next(p.rawBytes.size())));
    }

    @Benchmark
    public int[] other_minHash(Prepared p, Cursor c) {
        RawArticle article = p.corpus.get(c.next(p.corpus.size()));
        return MinHash.of(article.getTitle() + "\n" + article.getBody());
    }
}
