package org.sahelwatch.learn;

import java.util.Arrays;
import java.util.List;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * The features of a sentence for the event model, hashed to 32-bit keys: character n-grams (2 to 5)
 * of the folded text (case and accents folded, digits read as 0, one space between words, so "12
 * soldats" and "twelve soldiers" share what they can), word unigrams and bigrams, and any extra
 * named features the caller adds (dictionary cues, actor categories). Values are sublinear term
 * frequencies (1 + ln tf), the vector L2-normalised. Stateless and thread-safe.
 */
public final class TextFeatures {

    private final int minN;
    private final int maxN;
    private final boolean trigrams;

    /** Character n-grams of 2 to 5, word unigrams and bigrams. */
    public TextFeatures() {
        this(2, 5, false);
    }

    public TextFeatures(int minN, int maxN, boolean trigrams) {
        this.minN = minN;
        this.maxN = maxN;
        this.trigrams = trigrams;
    }
    private static final int WORD = 0x5bd1e995;
    private static final int BIGRAM = 0x1b873593;
    private static final int NAMED = 0xcc9e2d51;
    private static final int TRIGRAM = 0x27d4eb2f;

    public int minN() {
        return minN;
    }

    public int maxN() {
        return maxN;
    }

    public boolean trigrams() {
        return trigrams;
    }

    /** The features of {@code text} and of {@code named} extra features (each counted once). */
    public SparseVector extract(String text, List<String> named) {
        Accumulator acc = new Accumulator(text.length() * 4 + 16);
        String folded = TextNormalizer.foldPhrase(text);
        Tokens tokens = Tokens.of(folded);
        char[] line = new char[folded.length() + 2];
        int len = 0;
        line[len++] = ' ';
        int previous = 0;
        int beforePrevious = 0;
        for (int t = 0; t < tokens.count(); t++) {
            int h = 0x811C9DC5;
            for (int i = tokens.start(t); i < tokens.end(t); i++) {
                char c = folded.charAt(i);
                c = c >= '0' && c <= '9' ? '0' : c;
                line[len++] = c;
                h = (h ^ c) * 0x01000193;
            }
            line[len++] = ' ';
            acc.add(mix(h ^ WORD));
            acc.add(mix((previous * 31 + h) ^ BIGRAM));
            if (trigrams && t > 0) {
                acc.add(mix(((beforePrevious * 31 + previous) * 31 + h) ^ TRIGRAM));
            }
            beforePrevious = previous;
            previous = h;
        }
        if (tokens.count() > 0) {
            acc.add(mix((previous * 31 + 0x2f) ^ BIGRAM)); // the last word, at the end of the sentence
        }
        for (int i = 0; i < len; i++) {
            int h = 0x811C9DC5;
            for (int n = 1; n <= maxN && i + n <= len; n++) {
                h = (h ^ line[i + n - 1]) * 0x01000193;
                if (n >= minN) {
                    acc.add(mix(h + n));
                }
            }
        }
        for (String feature : named) {
            acc.add(mix(feature.hashCode() ^ NAMED));
        }
        return acc.vector();
    }

    /** The features of {@code text} alone. */
    public SparseVector extract(String text) {
        return extract(text, List.of());
    }

    /** The key of the word unigram feature of folded text [start, end), as {@link #extract} computes it. */
    public static int wordKey(CharSequence folded, int start, int end) {
        int h = 0x811C9DC5;
        for (int i = start; i < end; i++) {
            char c = folded.charAt(i);
            h = (h ^ (c >= '0' && c <= '9' ? '0' : c)) * 0x01000193;
        }
        return mix(h ^ WORD);
    }

    /** The key of a named feature, as {@link #extract} computes it. */
    static int namedKey(String feature) {
        return mix(feature.hashCode() ^ NAMED);
    }

    /** Murmur3's finaliser: spreads the bits of a hash. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** Collects keys, then counts them. */
    private static final class Accumulator {
        int[] keys;
        int size;

        Accumulator(int capacity) {
            keys = new int[capacity];
        }

        void add(int key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        SparseVector vector() {
            Arrays.sort(keys, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    distinct++;
                }
            }
            int[] k = new int[distinct];
            float[] v = new float[distinct];
            int j = -1;
            for (int i = 0; i < size; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    k[++j] = keys[i];
                }
                v[j]++;
            }
            double norm = 0;
            for (int i = 0; i < distinct; i++) {
                v[i] = (float) (1 + Math.log(v[i]));
                norm += v[i] * v[i];
            }
            float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                v[i] *= inv;
            }
            return new SparseVector(k, v);
        }
    }
}
