package org.sahelwatch;

import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;

/** The real dictionaries (bundled copy of config/), loaded once for all tests: the tagger is immutable. */
public final class TestTagger {

    private static final Tagger TAGGER = Tagger.load(DictionarySource.bundled(), TaggingDictionary.DEFAULT_GAZETTEER_FILES);

    private TestTagger() {
    }

    public static Tagger get() {
        return TAGGER;
    }
}
