package org.sahelwatch.bench.learn;

import java.io.IOException;
import java.util.List;
import org.sahelwatch.learn.SparseVector;

/**
 * A learning library under comparison: a few settings to choose from (on the training folds only),
 * each of which trains a multi-class linear classifier on the project's weighted feature vectors.
 */
interface Contender {

    /** Short name, as in the results table. */
    String name();

    /** Library, version, algorithm. */
    String describe();

    /** The settings tried for the type classifier (one: no choice made). */
    List<Setting> typeGrid();

    /** The settings tried for the sub-type classifier. */
    List<Setting> subTypeGrid();

    /** One setting of a contender. */
    interface Setting {

        /**
         * Trains on {@code xs} (vectors over feature indices 0 … {@code features}-1, as {@link
         * org.sahelwatch.learn.Vocabulary#weigh} gives them) labelled {@code ys}; the classifier's
         * scores follow {@code labels}, a label absent from training scoring -∞ (or lowest).
         */
        Classifier train(List<SparseVector> xs, List<String> ys, List<String> labels, int features);
    }

    /** A trained classifier, as the library runs it. */
    interface Classifier {

        /** One score per label (higher is more likely), in the order the setting was given. */
        double[] scores(SparseVector x);

        /** What the classifier holds in memory to predict (for its size): the library's model and any table it reads. */
        Object memory();

        /**
         * The classifier in the library's own file format, uncompressed; empty for a {@link
         * org.sahelwatch.learn.LinearModel}, which is written in the project's model file.
         */
        byte[] serialised() throws IOException;
    }
}
