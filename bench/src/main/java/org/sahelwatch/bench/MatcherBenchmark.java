package org.sahelwatch.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation = tag the whole corpus (the 12 demo articles) once with the place and actor
 * dictionary. Every method returns its match count, which JMH consumes (no dead code).
 *
 * <p>Each contender has its own state, so a fork builds only the structure it measures (the Lucene
 * Monitor takes ~15 s to build). Each setup prints what that contender finds on the corpus and how
 * it differs from Sahelwatch, then collects the setup's garbage so that the first iterations do not.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
// The brief asked for 3 x 2 s of warm-up. On this 2-core machine the forks were not at steady state
// before the 4th-6th 2-s iteration (the trial setup parses a 42k-row gazetteer and floods the
// JIT's queue first): see bench/README.md. 8 x 2 s keeps the whole run under ~4 minutes.
@Warmup(iterations = 8, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class MatcherBenchmark {

    @State(Scope.Benchmark)
    public static class SahelwatchState {
        BenchData data;
        Contenders.Sahelwatch contender;

        @Setup(Level.Trial)
        public void setup() {
            data = BenchData.get();
            contender = Contenders.Sahelwatch.build(data.phrases);
            Diagnostics.report("sahelwatch", contender.tag(data.corpus), "matches",
                    contender.matchedPhrases(data.corpus), data);
            settle();
        }
    }

    @State(Scope.Benchmark)
    public static class DoubleArrayTrieState {
        BenchData data;
        Contenders.DoubleArrayTrie contender;

        @Setup(Level.Trial)
        public void setup() {
            data = BenchData.get();
            contender = Contenders.DoubleArrayTrie.build(data.phrases);
            Diagnostics.report("doubleArrayTrie", contender.tag(data.corpus), "matches",
                    contender.matchedPhrases(data.corpus), data);
            settle();
        }
    }

    @State(Scope.Benchmark)
    public static class RobertBorTrieState {
        BenchData data;
        Contenders.RobertBorTrie contender;

        @Setup(Level.Trial)
        public void setup() {
            data = BenchData.get();
            contender = Contenders.RobertBorTrie.build(data.phrases);
            Diagnostics.report("robertBorTrie", contender.tag(data.corpus), "matches",
                    contender.matchedPhrases(data.corpus), data);
            settle();
        }
    }

    @State(Scope.Benchmark)
    public static class LuceneMonitorState {
        BenchData data;
        Contenders.LuceneMonitor contender;

        @Setup(Level.Trial)
        public void setup() {
            data = BenchData.get();
            long start = System.nanoTime();
            contender = Contenders.LuceneMonitor.build(data.phrases);
            System.out.printf("[bench] lucene monitor: %d queries registered (%d phrases analysed to no "
                            + "token) in %d ms%n", contender.queryCount, contender.skipped,
                    (System.nanoTime() - start) / 1_000_000);
            Diagnostics.report("luceneMonitor", contender.tag(data.corpus), "matching queries",
                    contender.matchedPhrases(data.corpus), data);
            settle();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            contender.close();
        }
    }

    @State(Scope.Benchmark)
    public static class CorpusState {
        BenchData data;

        @Setup(Level.Trial)
        public void setup() {
            data = BenchData.get();
            System.out.printf("[bench] normalisationOnly: %d folded chars per operation%n",
                    Contenders.normaliseOnly(data.corpus));
            settle();
        }
    }

    /** Collects the trial setup's garbage (gazetteer parsing, builders) before the first iteration. */
    static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    @Benchmark
    public int sahelwatch(SahelwatchState s) {
        return s.contender.tag(s.data.corpus);
    }

    @Benchmark
    public int doubleArrayTrie(DoubleArrayTrieState s) {
        return s.contender.tag(s.data.corpus);
    }

    @Benchmark
    public int robertBorTrie(RobertBorTrieState s) {
        return s.contender.tag(s.data.corpus);
    }

    @Benchmark
    public int luceneMonitor(LuceneMonitorState s) {
        return s.contender.tag(s.data.corpus);
    }

    @Benchmark
    public int normalisationOnly(CorpusState s) {
        return Contenders.normaliseOnly(s.data.corpus);
    }

    /** Not a contender: fold + tokenise without matching, to split Sahelwatch's time in three. */
    @Benchmark
    public int zBreakdownFoldAndTokenise(CorpusState s) {
        return Contenders.foldAndTokenise(s.data.corpus);
    }
}
