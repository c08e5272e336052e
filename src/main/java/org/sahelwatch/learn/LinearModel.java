package org.sahelwatch.learn;

import java.util.Arrays;
import java.util.List;

/**
 * A trained linear classifier over the feature indices of a {@link Vocabulary}: one weight per
 * (feature, class), stored as a signed byte with one scale per class (8-bit quantisation: a model of
 * 200,000 features and 26 classes takes 5 MB), and a bias per class. The scores are what the
 * classifier was trained to separate; {@link #softmax} turns them into probabilities. Immutable and
 * thread-safe.
 */
public final class LinearModel {

    private final List<String> labels;
    private final int features;
    private final byte[] weights;   // [feature * classes + class]
    private final float[] scale;    // per class
    private final float[] bias;     // per class

    public LinearModel(List<String> labels, int features, byte[] weights, float[] scale, float[] bias) {
        this.labels = List.copyOf(labels);
        int classes = this.labels.size();
        if (weights.length != (long) features * classes || scale.length != classes || bias.length != classes) {
            throw new IllegalArgumentException("model shape: " + features + " features x " + classes + " classes needs "
                    + (long) features * classes + " weights and " + classes + " scales and biases; got "
                    + weights.length + ", " + scale.length + ", " + bias.length);
        }
        this.features = features;
        this.weights = weights.clone();
        this.scale = scale.clone();
        this.bias = bias.clone();
    }

    /** Quantises real weights {@code w[feature * classes + class]} to one byte each. */
    public static LinearModel quantise(List<String> labels, int features, double[] w, double[] bias) {
        int classes = labels.size();
        float[] scale = new float[classes];
        for (int c = 0; c < classes; c++) {
            double max = 0;
            for (int f = 0; f < features; f++) {
                max = Math.max(max, Math.abs(w[f * classes + c]));
            }
            scale[c] = max == 0 ? 1 : (float) (max / 127);
        }
        byte[] q = new byte[features * classes];
        for (int f = 0; f < features; f++) {
            for (int c = 0; c < classes; c++) {
                q[f * classes + c] = (byte) Math.round(w[f * classes + c] / scale[c]);
            }
        }
        float[] b = new float[classes];
        for (int c = 0; c < classes; c++) {
            b[c] = (float) bias[c];
        }
        return new LinearModel(labels, features, q, scale, b);
    }

    public List<String> labels() {
        return labels;
    }

    public int features() {
        return features;
    }

    byte[] weights() {
        return weights.clone();
    }

    float[] scale() {
        return scale.clone();
    }

    float[] bias() {
        return bias.clone();
    }

    /** The weight of feature {@code feature} for class {@code c}. */
    public double weight(int feature, int c) {
        return weights[feature * labels.size() + c] * (double) scale[c];
    }

    /** The decision value of each class for a vector over this model's feature indices. */
    public double[] scores(SparseVector x) {
        int classes = labels.size();
        double[] s = new double[classes];
        int[] index = x.keys();
        float[] value = x.values();
        for (int i = 0; i < index.length; i++) {
            int base = index[i] * classes;
            float v = value[i];
            for (int c = 0; c < classes; c++) {
                s[c] += weights[base + c] * v;
            }
        }
        for (int c = 0; c < classes; c++) {
            s[c] = s[c] * scale[c] + bias[c];
        }
        return s;
    }

    /** Probabilities from scores: softmax at temperature {@code t}. */
    public static double[] softmax(double[] scores, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp((scores[c] - max) / t);
            sum += p[c];
        }
        for (int c = 0; c < scores.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** The index of the highest value. */
    public static int argmax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearModel m && labels.equals(m.labels) && features == m.features
                && Arrays.equals(weights, m.weights) && Arrays.equals(scale, m.scale) && Arrays.equals(bias, m.bias);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "LinearModel[" + labels.size() + " classes, " + features + " features]";
    }
}
