package org.sahelwatch.bench.learn;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahelwatch.learn.SparseVector;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tribuo's own linear SGD classifier (org.tribuo:tribuo-classification-sgd): multinomial logistic
 * regression (LogMulticlass) trained by AdaGrad, one example per step, a fixed seed. Tribuo has no L2
 * term with AdaGrad; the number of epochs is what regularises, and it is what the grid chooses.
 * Features go in by name ({@link FeatureNames}) with their weighted values.
 */
final class TribuoContender implements Contender {

    static final long SEED = 20261208L;
    private static final LabelFactory LABELS = new LabelFactory();
    /** Tribuo logs every training's label counts at INFO (java.util.logging); kept here so the level holds. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(Level.WARNING);
    }
    /** A fixed time for the data's provenance, so that it is not a source of difference between runs. */
    private static final OffsetDateTime DATA_TIME = OffsetDateTime.of(2026, 12, 8, 0, 0, 0, 0, ZoneOffset.UTC);

    private final double learningRate;
    private final List<Setting> grid;

    TribuoContender(double learningRate, int... epochs) {
        this.learningRate = learningRate;
        this.grid = java.util.Arrays.stream(epochs).mapToObj(e -> (Setting) new Sgd(learningRate, e)).toList();
    }

    @Override
    public String name() {
        return "tribuo-sgd";
    }

    @Override
    public String describe() {
        return "Tribuo " + version() + " LinearSGDTrainer, LogMulticlass (softmax), AdaGrad(" + learningRate
                + ", 0.1), minibatch 1, seed " + SEED + ", invocation count 0";
    }

    @Override
    public List<Setting> typeGrid() {
        return grid;
    }

    @Override
    public List<Setting> subTypeGrid() {
        return grid;
    }

    static String version() {
        Package p = Model.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "4.3.2" : v;
    }

    private record Sgd(double learningRate, int epochs) implements Setting {

        @Override
        public Classifier train(List<SparseVector> xs, List<String> ys, List<String> labels, int features) {
            String[] names = FeatureNames.upTo(features);
            MutableDataset<Label> data = new MutableDataset<>(
                    new SimpleDataSourceProvenance("sahelwatch training folds", DATA_TIME, LABELS), LABELS);
            for (int i = 0; i < xs.size(); i++) {
                data.add(example(new Label(ys.get(i)), xs.get(i), names));
            }
            LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs,
                    -1, 1, SEED);
            // invocation count 0: a trainer's later calls would otherwise draw other random streams
            return new Trained(trainer.train(data, Map.of(), 0), labels, names);
        }

        @Override
        public String toString() {
            return epochs + " epochs";
        }
    }

    private static ArrayExample<Label> example(Label label, SparseVector x, String[] names) {
        float[] v = x.values();
        double[] values = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            values[i] = v[i];
        }
        return new ArrayExample<>(label, FeatureNames.of(x, names), values);
    }

    private record Trained(Model<Label> model, List<String> labels, String[] names) implements Classifier {

        @Override
        public double[] scores(SparseVector x) {
            Prediction<Label> p = model.predict(example(LabelFactory.UNKNOWN_LABEL, x, names));
            Map<String, Label> scores = p.getOutputScores();
            double[] out = new double[labels.size()];
            for (int c = 0; c < out.length; c++) {
                Label l = scores.get(labels.get(c));
                out[c] = l == null ? Double.NEGATIVE_INFINITY : l.getScore();
            }
            return out;
        }

        @Override
        public Object memory() {
            return new Object[] {model, names};
        }

        @Override
        public byte[] serialised() throws IOException {
            return model.serialize().toByteArray();
        }
    }
}
