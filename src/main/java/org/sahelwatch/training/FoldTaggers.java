package org.sahelwatch.training;

import java.util.ArrayList;
import java.util.List;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventTrainer;
import org.sahelwatch.learn.Folds;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * One tagger per cross-validation fold, each built from the other folds only: for fold f, the event
 * model is trained on the examples whose group is not in f, so a row of fold f is tagged by a tagger
 * that never saw it, nor its translation, nor a note ACLED split from it. What the tagger derives from
 * the training data is derived here, per fold; the dictionaries written by hand are shared.
 */
public final class FoldTaggers {

    private final int k;
    private final List<Tagger> taggers;

    private FoldTaggers(int k, List<Tagger> taggers) {
        this.k = k;
        this.taggers = List.copyOf(taggers);
    }

    /** Trains the k taggers on {@code set} (prepared once, with the shared dictionary). */
    public static FoldTaggers train(TaggingDictionary dictionary, TrainingSet set, EventTrainer trainer, int k,
                                    java.util.function.IntConsumer progress) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        List<EventTrainer.Item> items = EventModelTraining.prepare(dictionary, set.examples());
        List<Tagger> taggers = new ArrayList<>(k);
        for (int fold = 0; fold < k; fold++) {
            List<EventTrainer.Item> train = new ArrayList<>();
            for (EventTrainer.Item item : items) {
                if (Folds.of(item.group(), k) != fold) {
                    train.add(item);
                }
            }
            EventModel model = trainer.trainFold(train);
            taggers.add(new Tagger(dictionary, model));
            progress.accept(fold);
        }
        return new FoldTaggers(k, taggers);
    }

    public int folds() {
        return k;
    }

    /** The tagger that never saw {@code group}. */
    public Tagger forGroup(String group) {
        return taggers.get(Folds.of(group, k));
    }
}
