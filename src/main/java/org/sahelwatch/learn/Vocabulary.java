package org.sahelwatch.learn;

import java.util.Arrays;

/**
 * The features a model knows, with their inverse document frequencies: turns a raw {@link
 * SparseVector} of term frequencies (keyed by feature hash) into a vector over feature indices,
 * weighted by IDF and L2-normalised. Features the vocabulary does not know are dropped. Immutable.
 */
public final class Vocabulary {

    private final int[] keys;
    private final float[] idf;
    private final int[] table;      // open addressing: slot -> feature index + 1 (0 = empty)
    private final int mask;

    /** @param keys feature keys, distinct; @param idf their inverse document frequencies */
    public Vocabulary(int[] keys, float[] idf) {
        if (keys.length != idf.length) {
            throw new IllegalArgumentException("vocabulary: " + keys.length + " keys but " + idf.length + " weights");
        }
        this.keys = keys.clone();
        this.idf = idf.clone();
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        this.table = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            int slot = slot(keys[i]);
            if (table[slot] != 0) {
                throw new IllegalArgumentException("vocabulary: duplicate feature key " + keys[i]);
            }
            table[slot] = i + 1;
        }
    }

    /** The vocabulary of {@code vectors}: keys seen in at least {@code minDocs} of them, IDF smoothed. */
    public static Vocabulary of(Iterable<SparseVector> vectors, int minDocs) {
        java.util.HashMap<Integer, int[]> df = new java.util.HashMap<>();
        int docs = 0;
        for (SparseVector v : vectors) {
            docs++;
            for (int k : v.keys()) {
                df.computeIfAbsent(k, x -> new int[1])[0]++;
            }
        }
        int[] keys = df.entrySet().stream().filter(e -> e.getValue()[0] >= minDocs)
                .mapToInt(java.util.Map.Entry::getKey).sorted().toArray();
        float[] idf = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            idf[i] = (float) (Math.log((docs + 1.0) / (df.get(keys[i])[0] + 1.0)) + 1);
        }
        return new Vocabulary(keys, idf);
    }

    private int slot(int key) {
        int s = TextFeatures.mix(key * 0x9E3779B9) & mask;
        while (table[s] != 0 && keys[table[s] - 1] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The index of a feature key, or -1. */
    public int indexOf(int key) {
        return table[slot(key)] - 1;
    }

    /** The IDF of feature {@code index}. */
    public float idfOf(int index) {
        return idf[index];
    }

    public int size() {
        return keys.length;
    }

    int[] keys() {
        return keys.clone();
    }

    float[] idf() {
        return idf.clone();
    }

    /** The known features of {@code tf}, IDF-weighted, L2-normalised, by feature index (increasing). */
    public SparseVector weigh(SparseVector tf) {
        int[] k = tf.keys();
        float[] v = tf.values();
        int[] index = new int[k.length];
        float[] value = new float[k.length];
        int n = 0;
        double norm = 0;
        for (int i = 0; i < k.length; i++) {
            int f = indexOf(k[i]);
            if (f >= 0) {
                float w = v[i] * idf[f];
                index[n] = f;
                value[n++] = w;
                norm += (double) w * w;
            }
        }
        if (n > 1) {
            sortByIndex(index, value, n);
        }
        float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < n; i++) {
            value[i] *= inv;
        }
        return new SparseVector(Arrays.copyOf(index, n), Arrays.copyOf(value, n));
    }

    private static void sortByIndex(int[] index, float[] value, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) index[i] << 32) | (Float.floatToRawIntBits(value[i]) & 0xffffffffL);
        }
        Arrays.sort(packed);
        for (int i = 0; i < n; i++) {
            index[i] = (int) (packed[i] >>> 32);
            value[i] = Float.intBitsToFloat((int) packed[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && Arrays.equals(keys, v.keys) && Arrays.equals(idf, v.idf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys);
    }
}
