package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelwatch.avro.ActorTag;

/**
 * Prepares training text for the role model exactly as the tagger reads an event's parties: the
 * dictionary hits, places and actors of the text resolved by the tagger's own stages, then the features
 * of each actor in the sentence of its first mention ({@link RoleFeatures}). Also what cross-validation
 * learns actor labels from: the actors the tagger finds in a note. Thread-safe.
 */
public final class RoleReading {

    /** An actor the tagger found in the text, with the role features of its first mention. */
    public record Candidate(ActorTag actor, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    private final Tagger.Front front;

    public RoleReading(TaggingDictionary dictionary) {
        this.front = new Tagger.Front(dictionary);
    }

    /**
     * The actors of {@code text}, read as the body of an article published in {@code year} that reports an
     * event of type {@code eventType} (an {@code EventType} name, or null when not known), in order of first mention.
     */
    public List<Candidate> read(String text, int year, String eventType) {
        ArticleState state = new ArticleState("", text, year);
        front.run(state);
        RoleFeatures features = new RoleFeatures(state);
        FieldText body = state.fields.get(1);
        List<Candidate> out = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (int s = 0; s < body.sentences.size(); s++) {
            for (Map.Entry<String, List<String>> e : features.of(body, s, eventType).entrySet()) {
                if (done.add(e.getKey())) {
                    out.add(new Candidate(state.actors.get(e.getKey()), e.getValue()));
                }
            }
        }
        return out;
    }
}
