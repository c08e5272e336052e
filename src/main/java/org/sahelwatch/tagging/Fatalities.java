package org.sahelwatch.tagging;

import java.util.OptionalInt;
import org.sahelwatch.events.FatalityExtractor;

/**
 * Tagging stage, the dead: the article's toll is the largest count of dead any sentence gives that is not
 * background ("since 2012, thousands have been killed" is not this article's toll); an event's toll
 * is the count its own sentence gives ({@link FatalityExtractor} reads the numbers and the words).
 */
final class Fatalities {

    /** Writes the article's toll into the state: the largest count a sentence not in the background gives, or null. */
    void count(ArticleState state) {
        Integer best = null;
        for (FieldText f : state.fields) {
            for (int s = 0; s < f.sentences.size(); s++) {
                state.step();
                int[] range = f.sentenceTokens(s);
                if (range[1] <= range[0] || EventContext.isBackground(f, range[0], range[1], state.publishedYear)) {
                    continue;
                }
                OptionalInt count = FatalityExtractor.inSentence(f.tokens, range[0], range[1]);
                if (count.isPresent() && (best == null || count.getAsInt() > best)) {
                    best = count.getAsInt();
                }
            }
        }
        state.fatalities = best;
    }

    /** The count of dead sentence {@code sentence} of the field gives, if any. */
    static OptionalInt inSentence(FieldText f, int sentence) {
        int[] range = f.sentenceTokens(sentence);
        return FatalityExtractor.inSentence(f.tokens, range[0], range[1]);
    }
}
