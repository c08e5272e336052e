package org.sahelwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prints what a contender finds on the corpus and how it differs from Sahelwatch, phrase by phrase,
 * so that a difference in counts is explained and not a silent harness bug.
 */
public final class Diagnostics {

    private static List<Set<Integer>> reference;

    private Diagnostics() {
    }

    /** Sahelwatch's distinct (article, phrase) sets: the reference every other contender is compared with. */
    static synchronized List<Set<Integer>> reference(BenchData data) {
        if (reference == null) {
            reference = Contenders.Sahelwatch.build(data.phrases).matchedPhrases(data.corpus);
        }
        return reference;
    }

    /**
     * @param occurrences what one benchmark operation returns (the benchmark's own count)
     * @param found       the distinct phrase ids found in each article
     */
    public static void report(String name, long occurrences, String unit, List<Set<Integer>> found,
                              BenchData data) {
        int pairs = 0;
        for (Set<Integer> s : found) {
            pairs += s.size();
        }
        System.out.printf("[bench] %-18s %6d %s per operation; %5d distinct (article, phrase) pairs%n",
                name, occurrences, unit, pairs);
        if (name.equals("sahelwatch")) {
            return;
        }
        List<Set<Integer>> ref = reference(data);
        Map<String, Integer> onlyHere = new TreeMap<>();
        Map<String, Integer> onlyInSahelwatch = new TreeMap<>();
        for (int a = 0; a < found.size(); a++) {
            for (int id : found.get(a)) {
                if (!ref.get(a).contains(id)) {
                    onlyHere.merge(data.phrases.get(id), 1, Integer::sum);
                }
            }
            for (int id : ref.get(a)) {
                if (!found.get(a).contains(id)) {
                    onlyInSahelwatch.merge(data.phrases.get(id), 1, Integer::sum);
                }
            }
        }
        System.out.printf("[bench] %-18s vs sahelwatch: %d pairs only in %s %s; %d pairs only in sahelwatch %s%n",
                name, sum(onlyHere), name, sample(onlyHere), sum(onlyInSahelwatch), sample(onlyInSahelwatch));
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String sample(Map<String, Integer> m) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            out.add("\"" + e.getKey() + "\"" + (e.getValue() > 1 ? "×" + e.getValue() : ""));
        }
        return out.isEmpty() ? "" : out.toString();
    }

    /** Builds every contender and prints all the counts, side by side (no timing). */
    public static void main(String[] args) {
        BenchData data = BenchData.get();
        Contenders.Sahelwatch sw = Contenders.Sahelwatch.build(data.phrases);
        report("sahelwatch", sw.tag(data.corpus), "matches", sw.matchedPhrases(data.corpus), data);
        Contenders.DoubleArrayTrie dat = Contenders.DoubleArrayTrie.build(data.phrases);
        report("doubleArrayTrie", dat.tag(data.corpus), "matches", dat.matchedPhrases(data.corpus), data);
        Contenders.RobertBorTrie rb = Contenders.RobertBorTrie.build(data.phrases);
        report("robertBorTrie", rb.tag(data.corpus), "matches", rb.matchedPhrases(data.corpus), data);
        long t0 = System.nanoTime();
        try (Contenders.LuceneMonitor lm = Contenders.LuceneMonitor.build(data.phrases)) {
            System.out.printf("[bench] lucene monitor: %d queries registered (%d phrases analysed to no token) in %d ms%n",
                    lm.queryCount, lm.skipped, (System.nanoTime() - t0) / 1_000_000);
            report("luceneMonitor", lm.tag(data.corpus), "matching queries", lm.matchedPhrases(data.corpus), data);
        }
        System.out.printf("[bench] %-18s %6d folded chars per operation%n", "normalisationOnly",
                Contenders.normaliseOnly(data.corpus));
    }
}
