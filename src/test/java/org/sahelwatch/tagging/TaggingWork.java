package org.sahelwatch.tagging;

import static org.sahelwatch.Articles.anArticle;

import java.time.Duration;
import java.util.List;
import org.sahelwatch.TestTagger;

/**
 * The work tagging does on a text, as the stages count it ({@link TaggingBudget#steps()}: one step per
 * iteration of each stage loop, per node of the anchor tree), against the size of what there is to do:
 * the tokens of the text and the dictionary readings of its hits (each reading of a place name is
 * weighed against its namesakes). Linear tagging keeps the ratio under a constant, whatever the text.
 */
record TaggingWork(long steps, long tokensAndReadings) {

    /**
     * Steps one token or one reading may cost, at most. The pathological shapes take 5 to 27 at 200,000
     * characters, random texts of dictionary phrases 5 to 8; the most is for an article past the cap of
     * events, where each new event is compared with the 200 kept.
     */
    static final long MAX_STEPS_PER_UNIT = 100;

    /** A generous deadline: the 200,000-character shapes take well under a second. */
    static final Duration GENEROUS_DEADLINE = Duration.ofSeconds(10);

    /** Tags the body (title "Report") within the generous deadline, and counts the work. */
    static TaggingWork of(String body) {
        TaggingBudget budget = TaggingBudget.of(GENEROUS_DEADLINE.toNanos(), System::nanoTime);
        ArticleState state = TestTagger.get().analyse(anArticle().titled("Report").withBody(body).build(), budget);
        long size = 0;
        for (FieldText f : state.fields) {
            size += f.tokens.count();
            var hits = state.hits(f);
            for (List<Hit> kind : List.of(hits.places(), hits.actors(), hits.triggers())) {
                for (Hit hit : kind) {
                    size += hit.entries().size();
                }
            }
        }
        return new TaggingWork(budget.steps(), size);
    }

    /** Steps per token or reading. */
    double stepsPerUnit() {
        return (double) steps / Math.max(1, tokensAndReadings);
    }
}
