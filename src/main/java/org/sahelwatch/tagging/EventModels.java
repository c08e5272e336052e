package org.sahelwatch.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventModelFile;

/** Loads the trained event model shipped in {@code config/models/}. */
public final class EventModels {

    /** The model file, relative to the config directory; {@code sahelwatch train} writes it. */
    public static final String FILE = "models/event-model.swem";

    private EventModels() {
    }

    public static EventModel load(DictionarySource source) {
        try (InputStream in = source.openBinary(FILE)) {
            return EventModelFile.read(in, source.describe(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event model: " + e.getMessage()
                    + " (or restore config/" + FILE + " from git)", e);
        }
    }
}
