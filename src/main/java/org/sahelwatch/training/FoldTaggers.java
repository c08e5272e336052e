package org.sahelwatch.training;

import java.util.ArrayList;
import java.util.List;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventTrainer;
import org.sahelwatch.learn.Example;
import org.sahelwatch.learn.Folds;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * One tagger per cross-validation fold, each built from the other folds only: for fold f, what the tagger
 * learns from ACLED's coded events ({@link TaggerTraining}: the actor table, the places and their priors, the
 * role model) is learned from the rows outside f, and the event model from the examples outside f, prepared
 * with that fold's dictionary. A row of fold f is tagged by a tagger that never saw it, nor its translation,
 * nor a note ACLED split from it. The dictionaries written by hand (or generated from open sources) are shared.
 */
public final class FoldTaggers {

    private final int k;
    private final List<Tagger> taggers;

    private FoldTaggers(int k, List<Tagger> taggers) {
        this.k = k;
        this.taggers = List.copyOf(taggers);
    }

    /**
     * Trains the k taggers on {@code set}, on top of {@code written}: the dictionaries without any learned table
     * ({@link TaggingDictionary#loadWithoutLearned}).
     */
    public static FoldTaggers train(TaggingDictionary written, TrainingSet set, EventTrainer trainer, int k,
                                    java.util.function.IntConsumer progress) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        TaggerTraining training = new TaggerTraining(written, set.acledRows());
        List<Tagger> taggers = new ArrayList<>(k);
        for (int fold = 0; fold < k; fold++) {
            TaggerTraining.Learned learned = training.learnWithout(fold, k);
            List<Example> examples = new ArrayList<>();
            for (Example e : set.examples()) {
                if (Folds.of(e.group(), k) != fold) {
                    examples.add(e);
                }
            }
            EventModel model = trainer.trainFold(EventModelTraining.prepare(learned.dictionary(), examples));
            taggers.add(new Tagger(learned.dictionary(), model, learned.roles()));
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
