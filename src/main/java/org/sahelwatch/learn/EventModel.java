package org.sahelwatch.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelwatch.avro.EventType;

/**
 * The trained event model: does a sentence report a conflict event that happened, and if so of
 * which ACLED event type and sub-event type. Two linear classifiers share one vocabulary of hashed
 * n-gram and dictionary features: the first decides among the six event types and "no event" (its
 * scores calibrated by a softmax at a temperature fitted on held-out predictions), the second the
 * sub-event type within the chosen type. Loaded once, immutable, shared by all stream threads.
 */
public final class EventModel {

    /** The classes of the type classifier: the six event types, then {@link EventLabels#NONE}. */
    public static final List<String> TYPE_LABELS = typeLabels();

    private final String version;
    private final TextFeatures features;
    private final Vocabulary vocabulary;
    private final LinearModel types;
    private final LinearModel subTypes;
    private final double temperature;

    public EventModel(String version, TextFeatures features, Vocabulary vocabulary, LinearModel types,
                      LinearModel subTypes, double temperature) {
        if (!types.labels().equals(TYPE_LABELS)) {
            throw new IllegalArgumentException("the type classifier's classes must be " + TYPE_LABELS + ", not " + types.labels());
        }
        if (types.features() != vocabulary.size() || subTypes.features() != vocabulary.size()) {
            throw new IllegalArgumentException("classifiers of " + types.features() + " and " + subTypes.features()
                    + " features over a vocabulary of " + vocabulary.size());
        }
        this.version = version;
        this.features = features;
        this.vocabulary = vocabulary;
        this.types = types;
        this.subTypes = subTypes;
        this.temperature = temperature;
    }

    private static List<String> typeLabels() {
        List<String> labels = new ArrayList<>();
        for (EventType t : EventType.values()) {
            labels.add(t.name());
        }
        labels.add(EventLabels.NONE);
        return List.copyOf(labels);
    }

    /** The model's name, reported in {@code EnrichedArticle.taggerVersion}. */
    public String version() {
        return version;
    }

    public TextFeatures features() {
        return features;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public LinearModel types() {
        return types;
    }

    public LinearModel subTypes() {
        return subTypes;
    }

    public double temperature() {
        return temperature;
    }

    /** The weighted feature vector the classifiers read. */
    public SparseVector vector(EventInput input) {
        return vocabulary.weigh(features.extract(input.text(), input.named()));
    }

    /** The calibrated probabilities of {@link #TYPE_LABELS}. */
    public double[] typeProbabilities(SparseVector vector) {
        return LinearModel.softmax(types.scores(vector), temperature);
    }

    /**
     * How much a word, on its own, speaks for an event type: its unigram feature's weight for that type
     * times its IDF; 0 for a word the model does not know. It says which word of a sentence is the
     * evidence of the event the model read there.
     */
    public double wordWeight(int wordKey, EventType type) {
        int f = vocabulary.indexOf(wordKey);
        return f < 0 ? 0 : types.weight(f, TYPE_LABELS.indexOf(type.name())) * vocabulary.idfOf(f);
    }

    /** Reads one sentence. */
    public EventPrediction classify(EventInput input) {
        return classify(vector(input));
    }

    /** Reads one weighted vector. */
    public EventPrediction classify(SparseVector vector) {
        double[] p = typeProbabilities(vector);
        int best = LinearModel.argmax(p);
        String type = TYPE_LABELS.get(best);
        if (type.equals(EventLabels.NONE)) {
            return new EventPrediction(EventLabels.NONE, Optional.empty(), p[best]);
        }
        EventType eventType = EventType.valueOf(type);
        return new EventPrediction(subTypeWithin(eventType, vector), Optional.of(eventType), p[best]);
    }

    /** The most likely sub-event type of {@code type}. */
    public String subTypeWithin(EventType type, SparseVector vector) {
        double[] s = subTypes.scores(vector);
        List<String> labels = subTypes.labels();
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < labels.size(); c++) {
            if (EventLabels.eventTypeOf(labels.get(c)).orElse(null) == type && s[c] > bestScore) {
                best = labels.get(c);
                bestScore = s[c];
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "EventModel[" + version + ", " + vocabulary.size() + " features, T=" + temperature + "]";
    }
}
