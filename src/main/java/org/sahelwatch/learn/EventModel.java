package org.sahelwatch.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelwatch.avro.EventType;

/**
 * The trained event model: does a sentence report a conflict event that happened, and if so of
 * which ACLED event type and sub-event type. Three linear classifiers share one vocabulary of hashed
 * n-gram and dictionary features:
 * <ul>
 * <li>the detector, event or no event, learnt from news-style sentences and headlines only: ACLED's
 *     notes are all events and cannot teach what a sentence that reports none looks like;</li>
 * <li>the type classifier, among the six event types (and "no event"), learnt from the notes and the
 *     news sentences;</li>
 * <li>the sub-type classifier, the sub-event type within the chosen type.</li>
 * </ul>
 * Scores are calibrated by a softmax at temperatures fitted on held-out predictions. A model without
 * a detector (an older file) lets the type classifier decide whether there is an event. Loaded once,
 * immutable, shared by all stream threads.
 */
public final class EventModel {

    /** The classes of the type classifier: the six event types, then {@link EventLabels#NONE}. */
    public static final List<String> TYPE_LABELS = typeLabels();

    /** The index in {@link #TYPE_LABELS} of each event type, by its ordinal. */
    private static final int[] TYPE_INDEX = typeIndex();

    /** The event type of each index of {@link #TYPE_LABELS} (null for "no event"). */
    private static final EventType[] TYPE_OF_INDEX = typeOfIndex();

    /** The detector's class for a sentence that reports an event. */
    public static final String EVENT = "EVENT";

    /** The classes of the detector. */
    public static final List<String> DETECTOR_LABELS = List.of(EVENT, EventLabels.NONE);

    private final String version;
    private final TextFeatures features;
    private final Vocabulary vocabulary;
    private final LinearModel detector;
    private final LinearModel types;
    private final LinearModel subTypes;
    private final double temperature;
    private final double detectorTemperature;
    /** For each class of the sub-type classifier, the index in {@link #TYPE_LABELS} of its event type (-1: none). */
    private final int[] typeOfSubType;

    public EventModel(String version, TextFeatures features, Vocabulary vocabulary, LinearModel detector,
                      LinearModel types, LinearModel subTypes, double temperature, double detectorTemperature) {
        if (detector != null && (!detector.labels().equals(DETECTOR_LABELS) || detector.features() != vocabulary.size())) {
            throw new IllegalArgumentException("the detector must have the classes " + DETECTOR_LABELS + " over the vocabulary");
        }
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
        this.detector = detector;
        this.types = types;
        this.subTypes = subTypes;
        this.temperature = temperature;
        this.detectorTemperature = detectorTemperature;
        this.typeOfSubType = subTypes.labels().stream()
                .mapToInt(l -> EventLabels.eventTypeOf(l).map(t -> TYPE_INDEX[t.ordinal()]).orElse(-1)).toArray();
    }

    private static EventType[] typeOfIndex() {
        EventType[] types = new EventType[TYPE_LABELS.size()];
        for (EventType t : EventType.values()) {
            types[TYPE_LABELS.indexOf(t.name())] = t;
        }
        return types;
    }

    private static int[] typeIndex() {
        int[] index = new int[EventType.values().length];
        for (EventType t : EventType.values()) {
            index[t.ordinal()] = TYPE_LABELS.indexOf(t.name());
        }
        return index;
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

    /** The event / no-event classifier; null in a model without one. */
    public LinearModel detector() {
        return detector;
    }

    public double detectorTemperature() {
        return detectorTemperature;
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

    /** The calibrated probability that the sentence reports an event, by the detector (NaN without one). */
    public double eventProbability(SparseVector vector) {
        return detector == null ? Double.NaN : LinearModel.softmax(detector.scores(vector), detectorTemperature)[0];
    }

    /**
     * Reads one weighted vector: no event when the detector says so (or, without a detector, when "no event"
     * is the most probable type); else the type the type classifier and the sub-type classifier (its
     * sub-types' probabilities summed by type) give the most probability together, with the probability of
     * an event times that type's share of the six as confidence, and the most likely sub-type within it.
     * (Cross-validation chose the joint vote: 0.887 event type on ACLED's English notes against 0.876 for
     * the type classifier alone, and about one point more on every other part.)
     */
    public EventPrediction classify(SparseVector vector) {
        double[] p = typeProbabilities(vector);
        int none = TYPE_LABELS.indexOf(EventLabels.NONE);
        // the detector and the type classifier vote on whether there is an event, with equal weight
        double event = detector == null ? 1 - p[none] : (eventProbability(vector) + 1 - p[none]) / 2;
        if (detector == null ? LinearModel.argmax(p) == none : event < 0.5) {
            return new EventPrediction(EventLabels.NONE, Optional.empty(), detector == null ? p[none] : 1 - event);
        }
        // the type classifier and the sub-type classifier (its sub-types summed by type) vote on the type
        double[] joint = p.clone();
        double[] subScores = subTypes.scores(vector);
        double[] sub = LinearModel.softmax(subScores, temperature);
        for (int c = 0; c < sub.length; c++) {
            if (typeOfSubType[c] >= 0) {
                joint[typeOfSubType[c]] += sub[c];
            }
        }
        int best = -1;
        double events = 0;
        for (int c = 0; c < joint.length; c++) {
            if (c != none) {
                events += joint[c];
                if (best < 0 || joint[c] > joint[best]) {
                    best = c;
                }
            }
        }
        double withinEvents = joint[best] / Math.max(1e-12, events);
        double confidence = detector == null ? p[best] : event * withinEvents;
        EventType eventType = TYPE_OF_INDEX[best];
        return new EventPrediction(subTypeWithin(eventType, subScores), Optional.of(eventType), confidence);
    }

    /** The most likely sub-event type of {@code type}. */
    private String subTypeWithin(EventType type, double[] s) {
        int wanted = TYPE_INDEX[type.ordinal()];
        int best = -1;
        for (int c = 0; c < s.length; c++) {
            if (typeOfSubType[c] == wanted && (best < 0 || s[c] > s[best])) {
                best = c;
            }
        }
        return best < 0 ? null : subTypes.labels().get(best);
    }

    @Override
    public String toString() {
        return "EventModel[" + version + ", " + vocabulary.size() + " features, T=" + temperature + "]";
    }
}
