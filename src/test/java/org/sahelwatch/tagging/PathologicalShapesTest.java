package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sahelwatch.PathologicalText;
import org.sahelwatch.PathologicalText.Shape;
import org.sahelwatch.TestTagger;

/**
 * The article bodies that once made tagging superlinear (issue 11, item 3), at the largest body the
 * pipeline accepts: the work stays in proportion to the text, and a generous deadline is never hit.
 * The times themselves are measured by the bench/ harness (PathologicalArticles), not here.
 */
class PathologicalShapesTest {

    private static final int MAX_BODY_CHARS = 200_000;
    private static final PathologicalText TEXTS = PathologicalText.fromBundledDictionaries();

    @ParameterizedTest
    @EnumSource(Shape.class)
    void shouldDoWorkInProportionToTheTextWhenTheBodyRepeatsOneShape(Shape shape) {
        // Given a 200,000-character body of one repeated shape
        String body = TEXTS.body(shape, MAX_BODY_CHARS, 1);

        // When it is tagged (within a deadline of ten seconds, which throws when hit)
        TaggingWork work = TaggingWork.of(body);

        // Then each token and each reading of a name cost a bounded number of steps
        assertThat(work.stepsPerUnit()).as("steps per token or reading, %s", work)
                .isLessThanOrEqualTo(TaggingWork.MAX_STEPS_PER_UNIT);
    }

    @Test
    void shouldKeepTwoHundredEventsWhenAnArticleTellsThousands() {
        String body = TEXTS.body(Shape.MANY_EVENTS, MAX_BODY_CHARS, 1);

        ArticleState state = TestTagger.get().analyse(anArticle().titled("Report").withBody(body).build());

        assertThat(state.events).hasSize(EventCollector.MAX_EVENTS);
        assertThat(state.events.get(0).getSentence().getStart()).isZero(); // the first ones, in text order
    }
}
