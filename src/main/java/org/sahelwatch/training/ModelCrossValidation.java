package org.sahelwatch.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelwatch.learn.Calibration;
import org.sahelwatch.learn.Confusion;
import org.sahelwatch.learn.EventLabels;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventPrediction;
import org.sahelwatch.learn.EventTrainer;
import org.sahelwatch.learn.Example;
import org.sahelwatch.learn.Folds;
import org.sahelwatch.learn.SparseVector;

/**
 * k-fold cross-validation of the event model alone, on what the tagger read of each example: the
 * model is retrained on k-1 folds and reads the examples of the held-out fold; each example is read by
 * a model that never saw it (nor anything of its group). Reported per kind of text (ACLED notes, news
 * sentences) and language: event-type and sub-event-type accuracy, per-class figures, and the
 * calibration error of the model's confidence (in the event type it gives, or in "no event"). Each fold's
 * model is calibrated on its own training examples, as the shipped model is on all of them.
 */
public final class ModelCrossValidation {

    /** The figures of one kind of text in one language. */
    public static final class Part {
        public final Confusion types = new Confusion();
        public final Confusion subTypes = new Confusion();
        /** Event types as the two classifiers decide together (a diagnostic). */
        public final Confusion combined = new Confusion();
        final List<Double> confidence = new ArrayList<>();
        final List<Boolean> correct = new ArrayList<>();

        public double expectedCalibrationError() {
            double[] c = confidence.stream().mapToDouble(Double::doubleValue).toArray();
            boolean[] ok = new boolean[correct.size()];
            for (int i = 0; i < ok.length; i++) {
                ok[i] = correct.get(i);
            }
            return Calibration.expectedCalibrationError(c, ok, 10);
        }
    }

    private ModelCrossValidation() {
    }

    /** Runs the cross-validation; parts are keyed "acled en", "news fr" … */
    public static Map<String, Part> run(EventTrainer trainer, List<Example> examples, List<EventTrainer.Item> items, int k) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (int fold = 0; fold < k; fold++) {
            List<EventTrainer.Item> train = new ArrayList<>();
            for (EventTrainer.Item item : items) {
                if (Folds.of(item.group(), k) != fold) {
                    train.add(item);
                }
            }
            EventModel model = trainer.trainFold(train);
            for (int i = 0; i < items.size(); i++) {
                if (Folds.of(items.get(i).group(), k) != fold) {
                    continue;
                }
                Example e = examples.get(i);
                SparseVector v = model.vector(items.get(i).input());
                EventPrediction p = model.classify(v);
                double[] probabilities = model.typeProbabilities(v);
                String truthType = EventLabels.eventTypeOf(e.label()).map(Enum::name).orElse(EventLabels.NONE);
                String predictedType = p.eventType().map(Enum::name).orElse(EventLabels.NONE);
                Part part = parts.computeIfAbsent(kindOf(e) + " " + e.language(), x -> new Part());
                part.types.add(truthType, predictedType);
                part.subTypes.add(e.label(), p.label());
                double[] joint = probabilities.clone();
                double[] sub = org.sahelwatch.learn.LinearModel.softmax(model.subTypes().scores(v), model.temperature());
                for (int c = 0; c < sub.length; c++) {
                    String subLabel = model.subTypes().labels().get(c);
                    String type = EventLabels.eventTypeOf(subLabel).map(Enum::name).orElse(EventLabels.NONE);
                    joint[EventModel.TYPE_LABELS.indexOf(type)] += sub[c];
                }
                part.combined.add(truthType, EventModel.TYPE_LABELS.get(org.sahelwatch.learn.LinearModel.argmax(joint)));
                part.confidence.add(p.confidence());
                part.correct.add(predictedType.equals(truthType));
            }
        }
        return parts;
    }

    /** "acled" or "news", from the example's id. */
    static String kindOf(Example e) {
        return e.group().startsWith("news:") ? "news" : "acled";
    }

    /** A plain-text summary, one line per part. */
    public static String summary(Map<String, Part> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach((name, p) -> out.append(String.format(Locale.ROOT,
                "%-9s event type %.3f (%d/%d), sub-event type %.3f, macro-F1 %.3f, calibration error %.3f;"
                        + " types by both classifiers %.3f%n", name,
                p.types.accuracy(), p.types.correct(), p.types.total(), p.subTypes.accuracy(), p.subTypes.macroF1(),
                p.expectedCalibrationError(), p.combined.accuracy())));
        return out.toString();
    }
}
