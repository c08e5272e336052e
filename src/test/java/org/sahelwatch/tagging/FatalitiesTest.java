package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article's toll and each sentence's. */
class FatalitiesTest {

    private static final Fatalities FATALITIES = new Fatalities();

    private static Integer toll(String body) {
        ArticleState state = Stages.article(body);
        FATALITIES.count(state);
        return state.fatalities;
    }

    @Test
    void shouldTakeTheLargestCountOfDeadAnySentenceGives() {
        assertThat(toll("Five soldiers were killed in Boni. Twelve civilians were killed in Douentza.")).isEqualTo(12);
    }

    @Test
    void shouldNotCountTheDeadOfTheBackground() {
        assertThat(toll("Since 2012, 500 people have been killed in the region. Three people were killed on Monday."))
                .isEqualTo(3);
        assertThat(toll("In 2012, 500 people were killed in the region. Three people were killed on Monday."))
                .isEqualTo(3);
    }

    @Test
    void shouldHaveNoTollWhenNoSentenceCountsDead() {
        assertThat(toll("Talks resumed in Bamako on Monday.")).isNull();
    }

    @Test
    void shouldReadTheCountOfOneSentence() {
        FieldText body = Stages.article("Five soldiers were killed in Boni. Twelve civilians were killed in Douentza.")
                .fields.get(1);

        assertThat(Fatalities.inSentence(body, 0)).hasValue(5);
        assertThat(Fatalities.inSentence(body, 1)).hasValue(12);
    }
}
