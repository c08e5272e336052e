package org.sahelwatch.tagging;

import org.sahelwatch.avro.MentionField;
import org.sahelwatch.learn.EventInput;

/**
 * Prepares training text for the event model exactly as the tagger prepares a sentence it reads:
 * dictionary hits, places and actors resolved, then {@link EventReading} over the whole text (an
 * ACLED note is read as one unit; a news sentence is one sentence). Thread-safe.
 */
public final class EventInputs {

    private final Tagger.Front front;
    private final EventReading reading = new EventReading();

    public EventInputs(TaggingDictionary dictionary) {
        this.front = new Tagger.Front(dictionary);
    }

    /**
     * The model's input for {@code text}, read as the body of an article published in {@code year}
     * ({@code headline}: as its title).
     */
    public EventInput of(String text, int year, boolean headline) {
        ArticleState state = new ArticleState(headline ? text : "", headline ? "" : text, year);
        front.run(state);
        FieldText f = state.fields.get(headline ? 0 : 1);
        if (f.sentences.isEmpty()) {
            return new EventInput("", java.util.List.of());
        }
        return reading.read(state).of(f, 0, f.sentences.size());
    }

    /** The field a headline is read in. */
    static MentionField fieldOf(boolean headline) {
        return headline ? MentionField.TITLE : MentionField.BODY;
    }
}
