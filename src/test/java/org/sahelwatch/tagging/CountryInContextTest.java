package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The country an actor of a sentence belongs to, and the article's main country. */
class CountryInContextTest {

    @Test
    void shouldTakeTheCountryOfTheMostSpecificPlaceInTheSentence() {
        ArticleState state = Stages.places("Talks were held in Niamey, Niger. Gunmen attacked Boni, in Mali.");
        FieldText body = state.fields.get(1);

        assertThat(CountryInContext.of(state, body, 0)).isEqualTo("NE");
        assertThat(CountryInContext.of(state, body, 1)).isEqualTo("ML");
    }

    @Test
    void shouldNotTakeTheNationalityOfAnActorForWhereTheSentenceIs() {
        ArticleState state = Stages.places("Guinean peacekeepers were attacked near Kidal.");

        assertThat(CountryInContext.of(state, state.fields.get(1), 0)).isEqualTo("ML");
    }

    @Test
    void shouldFallBackOnTheCountryNamedMostWithSahelCountriesFirst() {
        ArticleState state = Stages.places("Nigeria and Nigeria again. Gao, Mali. Nothing here.");

        assertThat(CountryInContext.of(state, state.fields.get(1), 2)).isEqualTo("ML");
        assertThat(CountryInContext.ofArticle(state)).isEqualTo("ML");
    }

    @Test
    void shouldTakeTheOneSahelCountryOfTheNamedActorsWhenNoPlaceIsNamed() {
        assertThat(CountryInContext.ofArticle(Stages.places("GATIA fighters detained two traders."))).isEqualTo("ML");
        assertThat(CountryInContext.ofArticle(Stages.places("The meeting was postponed."))).isNull();
    }
}
