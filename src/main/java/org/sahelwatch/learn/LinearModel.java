package org.sahelwatch.learn;

import java.util.Arrays;
import java.util.List;

/**
 * A trained linear classifier over {@link SparseVector}s: one weight per (feature, class) and a
 * bias per class, with one-vs-rest logistic probabilities normalised to sum to 1 (as liblinear
 * computes them). Immutable and thread-safe; {@link #scores} allocates only its result.
 */
public final class LinearModel {

    private final List<String> labels;
    private final int[] table;      // open addressing: feature key -> slot + 1 (0 = empty)
    private final int[] tableKeys;
    private final int mask;
    private final int[] keys;       // the vocabulary, in feature-index order
    private final float[] weights;  // [feature * classes + class]
    private final float[] bias;

    public LinearModel(List<String> labels, int[] keys, float[] weights, float[] bias) {
        this.labels = List.copyOf(labels);
        int classes = this.labels.size();
        if (weights.length != (long) keys.length * classes || bias.length != classes) {
            throw new IllegalArgumentException("model shape: " + keys.length + " features x " + classes
                    + " classes needs " + (long) keys.length * classes + " weights and " + classes + " biases, got "
                    + weights.length + " and " + bias.length);
        }
        this.keys = keys.clone();
        this.weights = weights.clone();
        this.bias = bias.clone();
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        this.table = new int[capacity];
        this.tableKeys = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            int slot = slotOf(keys[i]);
            if (table[slot] != 0) {
                throw new IllegalArgumentException("duplicate feature key " + keys[i]);
            }
            table[slot] = i + 1;
            tableKeys[slot] = keys[i];
        }
    }

    private int slotOf(int key) {
        int slot = TextFeatures.mix(key * 0x9E3779B9) & mask;
        while (table[slot] != 0 && tableKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The feature index of a key, or -1 when the model does not know it. */
    int indexOf(int key) {
        int slot = slotOf(key);
        return table[slot] - 1;
    }

    public List<String> labels() {
        return labels;
    }

    public int featureCount() {
        return keys.length;
    }

    int[] keys() {
        return keys.clone();
    }

    float[] weights() {
        return weights.clone();
    }

    float[] bias() {
        return bias.clone();
    }

    /** The decision value of each class. */
    public double[] scores(SparseVector x) {
        int classes = labels.size();
        double[] s = new double[classes];
        for (int c = 0; c < classes; c++) {
            s[c] = bias[c];
        }
        int[] k = x.keys();
        float[] v = x.values();
        for (int i = 0; i < k.length; i++) {
            int f = indexOf(k[i]);
            if (f >= 0) {
                int base = f * classes;
                float value = v[i];
                for (int c = 0; c < classes; c++) {
                    s[c] += weights[base + c] * value;
                }
            }
        }
        return s;
    }

    /** Class probabilities: one-vs-rest logistic, normalised to sum to 1. */
    public double[] probabilities(SparseVector x) {
        double[] s = scores(x);
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = 1 / (1 + Math.exp(-s[c]));
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= sum;
        }
        return s;
    }

    /** The index of the most probable class. */
    public static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "LinearModel[" + labels.size() + " classes, " + keys.length + " features, labels=" + labels + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearModel m && labels.equals(m.labels) && Arrays.equals(keys, m.keys)
                && Arrays.equals(weights, m.weights) && Arrays.equals(bias, m.bias);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.hashCode(keys);
    }
}
