package org.sahelwatch.bench.enrich;

import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;

/** The tagger as the application builds it (StreamsRunner.start): bundled dictionaries, every gazetteer file. */
final class Taggers {

    private Taggers() {
    }

    static Tagger bundled() {
        return Tagger.load(DictionarySource.bundled(), TaggingDictionary.DEFAULT_GAZETTEER_FILES);
    }

    /** Collects the set-up's garbage (gazetteer parsing) so that the first iterations do not. */
    static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
