package org.sahelwatch.learn;

import de.bwaldvogel.liblinear.SolverType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Trains an {@link EventModel} from labelled examples and the {@link EventInput} the tagger made of
 * each. The type classifier learns from every example (its label's event type, or "no event"); the
 * sub-type classifier from the same examples with their sub-event types. The temperature that
 * calibrates the type probabilities is fitted on out-of-fold predictions of the training data
 * itself. Deterministic: the same examples in the same order give the same model, and the model's
 * version is a hash of its content.
 */
public final class EventTrainer {

    /**
     * @param types            liblinear settings of the type classifier
     * @param subTypes         liblinear settings of the sub-type classifier
     * @param minDocs          features seen in fewer examples are left out of the vocabulary
     * @param calibrationFolds folds of the out-of-fold predictions that fit the temperature
     * @param features         the n-gram features
     */
    public record Settings(LinearTrainer.Settings types, LinearTrainer.Settings subTypes, int minDocs,
                           int calibrationFolds, TextFeatures features) {

        public static Settings defaults() {
            return new Settings(new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 1.0, 0.01),
                    new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 2.0, 0.01), 2, 3, new TextFeatures());
        }
    }

    /** One example as the trainer sees it. */
    public record Item(EventInput input, String label, String group) {
    }

    private final Settings settings;

    public EventTrainer(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** Trains the model, with its temperature fitted on out-of-fold predictions. */
    public EventModel train(List<Item> items) {
        List<SparseVector> raw = rawVectors(items);
        double temperature = settings.calibrationFolds() < 2 ? 1.0 : fitTemperature(items, raw);
        return withVersion(trainOn(items, raw, temperature));
    }

    /** The model without calibration (temperature 1) or version: one fold's model. */
    public EventModel trainUncalibrated(List<Item> items) {
        return trainOn(items, rawVectors(items), 1.0);
    }

    private List<SparseVector> rawVectors(List<Item> items) {
        List<SparseVector> raw = new ArrayList<>(items.size());
        for (Item item : items) {
            raw.add(settings.features().extract(item.input().text(), item.input().named()));
        }
        return raw;
    }

    private EventModel trainOn(List<Item> items, List<SparseVector> raw, double temperature) {
        Vocabulary vocabulary = Vocabulary.of(raw, settings.minDocs());
        List<SparseVector> xs = new ArrayList<>(raw.size());
        List<String> typeLabels = new ArrayList<>(raw.size());
        List<String> subLabels = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            xs.add(vocabulary.weigh(raw.get(i)));
            String label = items.get(i).label();
            typeLabels.add(EventLabels.eventTypeOf(label).map(Enum::name).orElse(EventLabels.NONE));
            subLabels.add(label);
        }
        List<String> subClasses = new ArrayList<>(EventLabels.subEventTypes());
        subClasses.add(EventLabels.NONE);
        LinearModel types = new LinearTrainer(settings.types()).train(xs, typeLabels, EventModel.TYPE_LABELS, vocabulary.size());
        LinearModel subTypes = new LinearTrainer(settings.subTypes()).train(xs, subLabels, subClasses, vocabulary.size());
        return new EventModel("", settings.features(), vocabulary, types, subTypes, temperature);
    }

    /**
     * The temperature that minimises the negative log-likelihood of the true type on out-of-fold type
     * scores (Guo et al. 2017, "On calibration of modern neural networks": temperature scaling).
     */
    private double fitTemperature(List<Item> items, List<SparseVector> raw) {
        int k = settings.calibrationFolds();
        List<double[]> scores = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<Item> train = new ArrayList<>();
            List<SparseVector> trainRaw = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (Folds.of(items.get(i).group(), k) != fold) {
                    train.add(items.get(i));
                    trainRaw.add(raw.get(i));
                }
            }
            EventModel m = trainOn(train, trainRaw, 1.0);
            for (int i = 0; i < items.size(); i++) {
                if (Folds.of(items.get(i).group(), k) == fold) {
                    scores.add(m.types().scores(m.vocabulary().weigh(raw.get(i))));
                    String type = EventLabels.eventTypeOf(items.get(i).label()).map(Enum::name).orElse(EventLabels.NONE);
                    truth.add(EventModel.TYPE_LABELS.indexOf(type));
                }
            }
        }
        return Calibration.fitTemperature(scores, truth);
    }

    private static EventModel withVersion(EventModel m) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            EventModelFile.write(m, bytes);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
            String version = "events-" + HexFormat.of().formatHex(digest, 0, 6);
            return new EventModel(version, m.features(), m.vocabulary(), m.types(), m.subTypes(), m.temperature());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
