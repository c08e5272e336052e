package org.sahelwatch.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link LinearModel} with liblinear (L2-regularised logistic regression by default). The
 * vocabulary is every feature key seen in at least {@code minDocFrequency} training vectors.
 * Deterministic: liblinear's random generator is reset before each training, so the same input
 * gives the same model.
 */
public final class LinearTrainer {

    /**
     * @param solver          liblinear's solver
     * @param c               inverse regularisation strength
     * @param epsilon         stopping tolerance
     * @param minDocFrequency features seen in fewer training vectors are dropped
     */
    public record Settings(SolverType solver, double c, double epsilon, int minDocFrequency) {
        public static Settings defaults() {
            return new Settings(SolverType.L2R_LR, 4.0, 0.01, 2);
        }
    }

    private final Settings settings;

    public LinearTrainer(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** Trains on {@code xs} labelled {@code ys}; the model's classes are {@code labels}, in that order. */
    public LinearModel train(List<SparseVector> xs, List<String> ys, List<String> labels) {
        if (xs.size() != ys.size() || xs.isEmpty()) {
            throw new IllegalArgumentException("need as many labels as vectors, and at least one: " + xs.size()
                    + " vectors, " + ys.size() + " labels");
        }
        int[] vocabulary = vocabulary(xs);
        Map<Integer, Integer> index = new HashMap<>(vocabulary.length * 2);
        for (int i = 0; i < vocabulary.length; i++) {
            index.put(vocabulary[i], i);
        }
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            labelIndex.put(labels.get(i), i);
        }
        Problem problem = new Problem();
        problem.l = xs.size();
        problem.n = vocabulary.length + 1;
        problem.bias = 1;
        problem.x = new Feature[xs.size()][];
        problem.y = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            problem.x[i] = features(xs.get(i), index, vocabulary.length + 1);
            Integer y = labelIndex.get(ys.get(i));
            if (y == null) {
                throw new IllegalArgumentException("label '" + ys.get(i) + "' of vector " + i + " is not one of " + labels);
            }
            problem.y[i] = y;
        }
        Linear.resetRandom();
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(settings.solver(), settings.c(), settings.epsilon()));
        return toModel(model, vocabulary, labels);
    }

    private int[] vocabulary(List<SparseVector> xs) {
        Map<Integer, Integer> df = new HashMap<>();
        for (SparseVector x : xs) {
            for (int k : x.keys()) {
                df.merge(k, 1, Integer::sum);
            }
        }
        return df.entrySet().stream().filter(e -> e.getValue() >= settings.minDocFrequency())
                .mapToInt(Map.Entry::getKey).sorted().toArray();
    }

    private static Feature[] features(SparseVector x, Map<Integer, Integer> index, int biasIndex) {
        int[] k = x.keys();
        float[] v = x.values();
        int n = 0;
        Feature[] out = new Feature[k.length + 1];
        for (int i = 0; i < k.length; i++) {
            Integer f = index.get(k[i]);
            if (f != null) {
                out[n++] = new FeatureNode(f + 1, v[i]);
            }
        }
        Arrays.sort(out, 0, n, (a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        out[n++] = new FeatureNode(biasIndex, 1.0);
        return Arrays.copyOf(out, n);
    }

    /** liblinear's weights, re-ordered to {@code labels}; a class absent from training never wins. */
    private static LinearModel toModel(Model model, int[] vocabulary, List<String> labels) {
        int classes = labels.size();
        int[] modelLabels = model.getLabels();
        int nrClass = model.getNrClass();
        double[] w = model.getFeatureWeights();
        int features = vocabulary.length;
        float[] weights = new float[features * classes];
        float[] bias = new float[classes];
        Arrays.fill(bias, -30f);
        if (nrClass == 2) {
            // liblinear keeps one weight vector for two classes: +w for the first label, -w for the second
            for (int j = 0; j < 2; j++) {
                int c = modelLabels[j];
                float sign = j == 0 ? 1 : -1;
                for (int f = 0; f < features; f++) {
                    weights[f * classes + c] = (float) (sign * w[f]);
                }
                bias[c] = (float) (sign * w[features]);
            }
        } else {
            for (int j = 0; j < nrClass; j++) {
                int c = modelLabels[j];
                for (int f = 0; f < features; f++) {
                    weights[f * classes + c] = (float) w[f * nrClass + j];
                }
                bias[c] = (float) w[features * nrClass + j];
            }
        }
        return new LinearModel(labels, vocabulary, weights, bias);
    }
}
