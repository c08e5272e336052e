package org.sahelwatch.bench;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * Retained heap of each contender's structure: used heap after several GCs, before and after the
 * build, while a strong reference to the structure is held. Each build gets its own fresh copy of
 * the phrase strings (dropped after the build), so a structure that keeps the phrases is charged for
 * them and one that does not is not.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.sahelwatch.bench.RetainedHeap}
 */
public final class RetainedHeap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {
    }

    public static void main(String[] args) throws Exception {
        BenchData data = BenchData.get();
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        System.out.printf("[heap] JDK %s, max heap %d MB, collectors %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, gcs);

        // Load every class and run every static initialiser on a small dictionary first, so that
        // static state is not charged to whichever contender happens to be measured first.
        List<String> few = data.phrases.subList(0, 500);
        Contenders.Sahelwatch.build(few);
        Contenders.DoubleArrayTrie.build(few).tag(data.corpus);
        Contenders.RobertBorTrie.build(few).tag(data.corpus);
        try (Contenders.LuceneMonitor warm = Contenders.LuceneMonitor.build(few)) {
            warm.tag(data.corpus);
        }

        System.out.printf("[heap] %-66s %10s%n", "structure (" + data.phrases.size() + " phrases)", "retained MB");
        measure("sahelwatch DictionaryMatcher", data, p -> Contenders.Sahelwatch.build(p).matcher);
        measure("hankcs AhoCorasickDoubleArrayTrie", data, p -> Contenders.DoubleArrayTrie.build(p).trie);
        measure("robert-bor PayloadTrie", data, p -> Contenders.RobertBorTrie.build(p).trie);
        measure("Lucene Monitor (in-memory, " + data.phrases.size() + " queries)", data,
                Contenders.LuceneMonitor::build);
        measure("sahelwatch TaggingDictionary.loadWithoutLearned (no learned tables)", data,
                p -> TaggingDictionary.loadWithoutLearned(DictionarySource.bundled(), TaggingDictionary.DEFAULT_GAZETTEER_FILES));
        measure("sahelwatch TaggingDictionary.load (all dictionaries + matcher)", data,
                p -> TaggingDictionary.load(DictionarySource.bundled(), TaggingDictionary.DEFAULT_GAZETTEER_FILES));
        measure("sahelwatch Tagger.load (dictionaries, event and role models)", data,
                p -> Tagger.load(DictionarySource.bundled(), TaggingDictionary.DEFAULT_GAZETTEER_FILES));
        System.out.println("[heap] normalisationOnly keeps no structure (TextNormalizer's static fold table is "
                + "loaded before any measurement).");
    }

    private static void measure(String name, BenchData data, Function<List<String>, Object> build)
            throws IOException {
        long before = usedAfterGc();
        Object structure = build.apply(freshCopy(data.phrases));
        long after = usedAfterGc();
        System.out.printf("[heap] %-66s %10.1f%n", name, (after - before) / (1024.0 * 1024.0));
        Reference.reachabilityFence(structure);
        if (structure instanceof Closeable c) {
            c.close();
        }
    }

    /** New String objects with new char arrays: nothing shared with the harness's own list. */
    private static List<String> freshCopy(List<String> phrases) {
        List<String> copy = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            copy.add(new String(p.toCharArray()));
        }
        return copy;
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
