package org.sahelwatch.bench.learn;

import java.util.Arrays;
import org.sahelwatch.learn.SparseVector;

/**
 * The names Tribuo and OpenNLP know features by: feature index i is "f" + i. One table of name
 * strings serves training and prediction (no string is built per prediction), and its strings are the
 * ones the libraries' feature maps keep, so a model's memory counts them once.
 */
final class FeatureNames {

    private static String[] names = new String[0];

    private FeatureNames() {
    }

    /** The names of feature indices 0 … n-1 (the table grows as needed; never shrinks). */
    static synchronized String[] upTo(int n) {
        if (names.length < n) {
            String[] grown = Arrays.copyOf(names, n);
            for (int i = names.length; i < n; i++) {
                grown[i] = "f" + i;
            }
            names = grown;
        }
        return names;
    }

    /** The names of the features of {@code x}. */
    static String[] of(SparseVector x, String[] table) {
        int[] k = x.keys();
        String[] out = new String[k.length];
        for (int i = 0; i < k.length; i++) {
            out[i] = table[k[i]];
        }
        return out;
    }
}
