package org.sahelwatch.text;

import java.util.List;

/**
 * MinHash signatures of word 3-shingles of folded text, estimating the Jaccard similarity of two
 * texts' shingle sets. A syndicated copy with a new headline, a trimmed paragraph or a few edited
 * words keeps most shingles (similarity well above 0.5); two outlets' own write-ups of the same event
 * share few (below 0.1). 64 hash functions: the estimate's standard error is at most 0.0625.
 */
public final class MinHash {

    /** Number of hash functions, and the length of a signature. */
    public static final int SIZE = 64;
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** The signature of a text (folded here, so case and accents do not matter). */
    public static int[] of(String text) {
        Tokens tokens = Tokens.of(TextNormalizer.foldPhrase(text));
        long[] min = new long[SIZE];
        java.util.Arrays.fill(min, -1L); // the largest unsigned value
        int shingles = Math.max(1, tokens.count() - SHINGLE + 1);
        for (int s = 0; s < shingles && tokens.count() > 0; s++) {
            long h = shingleHash(tokens, s, Math.min(tokens.count(), s + SHINGLE));
            for (int i = 0; i < SIZE; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (Long.compareUnsigned(v, min[i]) < 0) {
                    min[i] = v;
                }
            }
        }
        int[] signature = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            signature[i] = (int) (min[i] >>> 32);
        }
        return signature;
    }

    /** Estimated Jaccard similarity of the texts behind two signatures (0..1). */
    public static double similarity(List<Integer> a, List<Integer> b) {
        int same = 0;
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (a.get(i).intValue() == b.get(i).intValue()) {
                same++;
            }
        }
        return n == 0 ? 0 : (double) same / n;
    }

    public static double similarity(int[] a, int[] b) {
        return similarity(java.util.Arrays.stream(a).boxed().toList(), java.util.Arrays.stream(b).boxed().toList());
    }

    private static long shingleHash(Tokens tokens, int from, int to) {
        String text = tokens.text();
        long h = FNV_OFFSET;
        for (int t = from; t < to; t++) {
            for (int i = tokens.start(t); i < tokens.end(t); i++) {
                h = (h ^ text.charAt(i)) * FNV_PRIME;
            }
            h = (h ^ ' ') * FNV_PRIME;
        }
        return h;
    }

    /** splitmix64 finaliser. */
    private static long mix(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long x = 0x5a17_3a7c_d00d_2023L;
        for (int i = 0; i < SIZE; i++) {
            x += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(x);
        }
        return seeds;
    }
}
