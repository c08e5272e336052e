package org.sahelwatch.bench.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.sahelwatch.learn.SparseVector;

/**
 * OpenNLP's maximum-entropy classifier (opennlp-tools): multinomial logistic regression trained by
 * L-BFGS (QNTrainer, "MAXENT_QN") with an L2 cost, the features given as real-valued contexts (each
 * feature's name with its weighted value; OnePassRealValue indexer, no cutoff: the vocabulary has
 * already dropped rare features), one thread. The grid chooses the L2 cost.
 */
final class OpenNlpContender implements Contender {

    private final int iterations;
    private final List<Setting> grid;

    OpenNlpContender(int iterations, double... l2Costs) {
        this.iterations = iterations;
        this.grid = java.util.Arrays.stream(l2Costs).mapToObj(c -> (Setting) new Qn(c, iterations)).toList();
    }

    @Override
    public String name() {
        return "opennlp-maxent";
    }

    @Override
    public String describe() {
        return "OpenNLP " + version() + " maxent, QNTrainer (L-BFGS), " + iterations
                + " iterations at most, L1 cost 0, real-valued contexts, cutoff 0, 1 thread";
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
        Package p = MaxentModel.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "2.5.6" : v;
    }

    private record Qn(double l2Cost, int iterations) implements Setting {

        @Override
        public Classifier train(List<SparseVector> xs, List<String> ys, List<String> labels, int features) {
            String[] names = FeatureNames.upTo(features);
            List<Event> events = new ArrayList<>(xs.size());
            for (int i = 0; i < xs.size(); i++) {
                events.add(new Event(ys.get(i), FeatureNames.of(xs.get(i), names), xs.get(i).values()));
            }
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, 0);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
            p.put(QNTrainer.L1COST_PARAM, 0.0);
            p.put(QNTrainer.L2COST_PARAM, l2Cost);
            EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
            try {
                return Trained.of(trainer.train(ObjectStreamUtils.createObjectStream(events)), labels, names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "L2 cost " + l2Cost;
        }
    }

    /** @param outcome the model's outcome index of each label, -1 for a label it never saw */
    private record Trained(MaxentModel model, int[] outcome, String[] names) implements Classifier {

        static Trained of(MaxentModel model, List<String> labels, String[] names) {
            return new Trained(model, labels.stream().mapToInt(model::getIndex).toArray(), names);
        }

        @Override
        public double[] scores(SparseVector x) {
            double[] p = model.eval(FeatureNames.of(x, names), x.values());
            double[] out = new double[outcome.length];
            for (int c = 0; c < out.length; c++) {
                out[c] = outcome[c] < 0 ? Double.NEGATIVE_INFINITY : p[outcome[c]];
            }
            return out;
        }

        @Override
        public Object memory() {
            return new Object[] {model, names};
        }

        @Override
        public byte[] serialised() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                new GenericModelWriter((AbstractModel) model, out).persist();
            }
            return bytes.toByteArray();
        }
    }
}
