package org.sahelwatch.training;

import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.TaggingDictionary;

/** The bundled dictionaries without the learned tables, loaded once for the training tests: what folds learn on top of. */
final class WrittenDictionary {

    private static final TaggingDictionary WRITTEN = TaggingDictionary.loadWithoutLearned(DictionarySource.bundled(),
            TaggingDictionary.DEFAULT_GAZETTEER_FILES);

    private WrittenDictionary() {
    }

    static TaggingDictionary get() {
        return WRITTEN;
    }
}
