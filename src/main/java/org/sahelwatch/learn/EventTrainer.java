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
     * @param newsRepeat       how many times the type classifier sees each news-style example (group
     *                         {@code news:…}): the news sentences teach it what is no event, which ACLED's
     *                         notes, all events, cannot
     */
    public record Settings(LinearTrainer.Settings types, LinearTrainer.Settings subTypes, int minDocs,
                           int calibrationFolds, TextFeatures features, int newsRepeat) {

        /** These settings with the "no event" class of the type classifier weighing {@code weight}. */
        public Settings withNoneWeight(double weight) {
            LinearTrainer.Settings t = types;
            return new Settings(new LinearTrainer.Settings(t.solver(), t.c(), t.epsilon(),
                    weight == 1.0 ? java.util.Map.of() : java.util.Map.of(EventLabels.NONE, weight)),
                    subTypes, minDocs, calibrationFolds, features, newsRepeat);
        }

        /** These settings with each news example seen {@code repeat} times by the type classifier. */
        public Settings withNewsRepeat(int repeat) {
            return new Settings(types, subTypes, minDocs, calibrationFolds, features, repeat);
        }

        public static Settings defaults() {
            return new Settings(new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 1.0, 0.01),
                    new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 2.0, 0.01), 2, 3, new TextFeatures(), 1);
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
        double[] temperatures = settings.calibrationFolds() < 2 ? new double[] {1.0, 1.0} : fitTemperatures(items, raw);
        return withVersion(trainOn(items, raw, temperatures[0], temperatures[1]));
    }

    /**
     * One cross-validation fold's model: trained and calibrated like {@link #train}, on the fold's training
     * examples only, without the version hash.
     */
    public EventModel trainFold(List<Item> items) {
        List<SparseVector> raw = rawVectors(items);
        double[] temperatures = settings.calibrationFolds() < 2 ? new double[] {1.0, 1.0} : fitTemperatures(items, raw);
        return trainOn(items, raw, temperatures[0], temperatures[1]);
    }

    private List<SparseVector> rawVectors(List<Item> items) {
        List<SparseVector> raw = new ArrayList<>(items.size());
        for (Item item : items) {
            raw.add(settings.features().extract(item.input().text(), item.input().named()));
        }
        return raw;
    }

    private EventModel trainOn(List<Item> items, List<SparseVector> raw, double temperature, double detectorTemperature) {
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
        List<SparseVector> typeXs = new ArrayList<>(xs);
        List<String> typeYs = new ArrayList<>(typeLabels);
        for (int r = 1; r < settings.newsRepeat(); r++) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).group().startsWith("news:")) {
                    typeXs.add(xs.get(i));
                    typeYs.add(typeLabels.get(i));
                }
            }
        }
        LinearModel types = new LinearTrainer(settings.types()).train(typeXs, typeYs, EventModel.TYPE_LABELS, vocabulary.size());
        LinearModel subTypes = new LinearTrainer(settings.subTypes()).train(xs, subLabels, subClasses, vocabulary.size());
        List<SparseVector> detectorXs = new ArrayList<>();
        List<String> detectorYs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (isNews(items.get(i))) {
                detectorXs.add(xs.get(i));
                detectorYs.add(items.get(i).label().equals(EventLabels.NONE) ? EventLabels.NONE : EventModel.EVENT);
            }
        }
        LinearModel detector = detectorXs.isEmpty() ? null : new LinearTrainer(settings.types())
                .train(detectorXs, detectorYs, EventModel.DETECTOR_LABELS, vocabulary.size());
        return new EventModel("", settings.features(), vocabulary, detector, types, subTypes, temperature, detectorTemperature);
    }

    /** News-style text (the project's sentences and headlines), as opposed to ACLED's notes. */
    static boolean isNews(Item item) {
        return item.group().startsWith("news:");
    }

    /**
     * The temperatures that minimise the negative log-likelihood of the truth on out-of-fold scores: of
     * the type classifier on every example, of the detector on the news examples (Guo et al. 2017, "On
     * calibration of modern neural networks": temperature scaling).
     */
    private double[] fitTemperatures(List<Item> items, List<SparseVector> raw) {
        int k = settings.calibrationFolds();
        List<double[]> scores = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        List<double[]> detectorScores = new ArrayList<>();
        List<Integer> detectorTruth = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<Item> train = new ArrayList<>();
            List<SparseVector> trainRaw = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (Folds.of(items.get(i).group(), k) != fold) {
                    train.add(items.get(i));
                    trainRaw.add(raw.get(i));
                }
            }
            EventModel m = trainOn(train, trainRaw, 1.0, 1.0);
            for (int i = 0; i < items.size(); i++) {
                if (Folds.of(items.get(i).group(), k) == fold) {
                    SparseVector v = m.vocabulary().weigh(raw.get(i));
                    scores.add(m.types().scores(v));
                    String type = EventLabels.eventTypeOf(items.get(i).label()).map(Enum::name).orElse(EventLabels.NONE);
                    truth.add(EventModel.TYPE_LABELS.indexOf(type));
                    if (isNews(items.get(i)) && m.detector() != null) {
                        detectorScores.add(m.detector().scores(v));
                        detectorTruth.add(type.equals(EventLabels.NONE) ? 1 : 0);
                    }
                }
            }
        }
        return new double[] {Calibration.fitTemperature(scores, truth),
            detectorScores.isEmpty() ? 1.0 : Calibration.fitTemperature(detectorScores, detectorTruth)};
    }

    private static EventModel withVersion(EventModel m) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            EventModelFile.write(m, bytes);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
            String version = "events-" + HexFormat.of().formatHex(digest, 0, 6);
            return new EventModel(version, m.features(), m.vocabulary(), m.detector(), m.types(), m.subTypes(),
                    m.temperature(), m.detectorTemperature());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
