package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the names set up before a place is chosen: countries in context, border countries, anchors, admin names. */
class PlaceContextTest {

    @Test
    void shouldPutACountryNamedOrByDemonymInContext() {
        assertThat(Stages.placeContext("Gunmen attacked a village in Mali.").contextCountries).containsExactly("ML");
        assertThat(Stages.placeContext("Nigerien soldiers patrolled.").namedCountries).containsExactly("NE");
    }

    @Test
    void shouldPutTheCountryOfANamedActorInContextButNotAmongTheCountriesNamed() {
        ArticleState state = Stages.placeContext("GATIA fighters detained two traders on Friday.");

        assertThat(state.contextCountries).containsExactly("ML");
        assertThat(state.actorCountries).containsExactly("ML");
        assertThat(state.namedCountries).isEmpty();
    }

    @Test
    void shouldKeepACountryAcrossABorderApart() {
        ArticleState state = Stages.placeContext("Militants torched a school near the border with Burkina Faso.");

        assertThat(state.contextCountries).containsExactly("BF");
        assertThat(state.namedCountries).isEmpty();
        assertThat(state.borderCountries).extracting(Place::countryCode).containsExactly("BF");
    }

    @Test
    void shouldInferTheCountryFromADistrictFoundInOneSahelCountryOnly() {
        assertThat(Stages.placeContext("Armed men attacked a convoy near Douentza on Monday.").contextCountries)
                .containsExactly("ML");
    }

    @Test
    void shouldTakeTheHomeOfAPeopleWhenNoCountryIsNamed() {
        ArticleState state = Stages.placeContext("Fulani militiamen attacked the Dogon hamlet of Yara.");

        assertThat(state.peopleCountries).containsExactly("ML");
        assertThat(state.contextCountries).containsExactly("ML");
    }

    @Test
    void shouldAnchorOnNamedTownsAndNoteTheAdminNames() {
        ArticleState state = Stages.placeContext("Clashes broke out between Gao and Timbuktu, in the Mopti region.");

        assertThat(state.anchors).extracting(a -> a.hit().key()).contains("gao", "timbuktu", "mopti region");
        assertThat(state.mentionedAdminNames).containsKeys("gao", "timbuktu", "mopti");
    }
}
