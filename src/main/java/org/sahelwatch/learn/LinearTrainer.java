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
 * Trains a {@link LinearModel} with liblinear: one-vs-rest L2-regularised L2-loss linear SVMs
 * (solved in the dual) by default. Deterministic: liblinear's random generator is reset before each
 * training, so the same vectors in the same order give the same model.
 */
public final class LinearTrainer {

    /**
     * @param solver  liblinear's solver
     * @param c       inverse regularisation strength
     * @param epsilon stopping tolerance
     * @param weights per-label multipliers of C (a label not named weighs 1)
     */
    public record Settings(SolverType solver, double c, double epsilon, java.util.Map<String, Double> weights) {
        public Settings {
            weights = java.util.Map.copyOf(weights);
        }

        public Settings(SolverType solver, double c, double epsilon) {
            this(solver, c, epsilon, java.util.Map.of());
        }
    }

    private final Settings settings;

    public LinearTrainer(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Trains on vectors over {@code features} feature indices (see {@link Vocabulary#weigh}); the model's
     * classes are {@code labels}, in that order; a label never seen in training never wins.
     */
    public LinearModel train(List<SparseVector> xs, List<String> ys, List<String> labels, int features) {
        if (xs.size() != ys.size() || xs.isEmpty()) {
            throw new IllegalArgumentException("need one label per vector, and at least one vector: " + xs.size()
                    + " vectors, " + ys.size() + " labels");
        }
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            labelIndex.put(labels.get(i), i);
        }
        Problem problem = new Problem();
        problem.l = xs.size();
        problem.n = features + 1;
        problem.bias = 1;
        problem.x = new Feature[xs.size()][];
        problem.y = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            problem.x[i] = nodes(xs.get(i), features + 1);
            Integer y = labelIndex.get(ys.get(i));
            if (y == null) {
                throw new IllegalArgumentException("label '" + ys.get(i) + "' of vector " + i + " is not one of " + labels);
            }
            problem.y[i] = y;
        }
        Linear.resetRandom();
        Linear.disableDebugOutput();
        Parameter parameter = new Parameter(settings.solver(), settings.c(), settings.epsilon());
        if (!settings.weights().isEmpty()) {
            List<String> weighted = settings.weights().keySet().stream().filter(labelIndex::containsKey).sorted().toList();
            parameter.setWeights(weighted.stream().mapToDouble(settings.weights()::get).toArray(),
                    weighted.stream().mapToInt(labelIndex::get).toArray());
        }
        Model model = Linear.train(problem, parameter);
        return toModel(model, features, labels);
    }

    private static Feature[] nodes(SparseVector x, int biasIndex) {
        int[] k = x.keys();
        float[] v = x.values();
        Feature[] out = new Feature[k.length + 1];
        for (int i = 0; i < k.length; i++) {
            out[i] = new FeatureNode(k[i] + 1, v[i]);
        }
        out[k.length] = new FeatureNode(biasIndex, 1.0);
        return out;
    }

    /** liblinear's weights, re-ordered to {@code labels}; a class absent from training gets a bias of -30. */
    private static LinearModel toModel(Model model, int features, List<String> labels) {
        int classes = labels.size();
        int[] modelLabels = model.getLabels();
        int nrClass = model.getNrClass();
        double[] w = model.getFeatureWeights();
        double[] weights = new double[features * classes];
        double[] bias = new double[classes];
        Arrays.fill(bias, -30);
        if (nrClass == 2) {
            // liblinear keeps one weight vector for two classes: +w for the first label, -w for the second
            for (int j = 0; j < 2; j++) {
                int c = modelLabels[j];
                double sign = j == 0 ? 1 : -1;
                for (int f = 0; f < features; f++) {
                    weights[f * classes + c] = sign * w[f];
                }
                bias[c] = sign * w[features];
            }
        } else {
            for (int j = 0; j < nrClass; j++) {
                int c = modelLabels[j];
                for (int f = 0; f < features; f++) {
                    weights[f * classes + c] = w[f * nrClass + j];
                }
                bias[c] = w[features * nrClass + j];
            }
        }
        return LinearModel.quantise(labels, features, weights, bias);
    }
}
