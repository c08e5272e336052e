package org.sahelwatch.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventTrainer;
import org.sahelwatch.learn.Example;
import org.sahelwatch.tagging.EventInputs;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * Trains the event model on examples: each is read by the tagger's own stages ({@link EventInputs}),
 * in parallel, then {@link EventTrainer} learns from what they read. The order of the examples, not the
 * threads, decides the model: the same examples give the same file.
 */
public final class EventModelTraining {

    private final EventTrainer trainer;

    public EventModelTraining(EventTrainer.Settings settings) {
        this.trainer = new EventTrainer(settings);
    }

    public EventTrainer trainer() {
        return trainer;
    }

    /** What the tagger reads of each example, in order. */
    public static List<EventTrainer.Item> prepare(TaggingDictionary dictionary, List<Example> examples) {
        EventInputs inputs = new EventInputs(dictionary);
        EventTrainer.Item[] items = new EventTrainer.Item[examples.size()];
        IntStream.range(0, examples.size()).parallel().forEach(i -> {
            Example e = examples.get(i);
            items[i] = new EventTrainer.Item(inputs.of(e.text(), e.year(), e.headline()), e.label(), e.group());
        });
        return new ArrayList<>(List.of(items));
    }

    /** Trains on examples already prepared. */
    public EventModel train(List<EventTrainer.Item> items) {
        return trainer.train(items);
    }
}
