package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/** The article's primary place, the events put there, and the focus moved by a stated distance. */
class FocusTest {

    private static final Instant NOW = Instant.parse("2023-11-15T00:00:00Z");
    private static final Focus FOCUS = new Focus();

    private static EnrichedArticle tag(String body) {
        return TestTagger.get().tag(anArticle().titled("Report").withBody(body).build(), NOW);
    }

    private static Optional<RegionTag> region(EnrichedArticle e, String name) {
        return e.getRegions().stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    @Test
    void shouldFocusOnTheMostSpecificSahelPlaceOfTheFirstEvent() {
        ArticleState state = Stages.events("Residents said on Monday that gunmen had attacked Djibo, in Burkina Faso, killing two.");
        FOCUS.place(state);

        assertThat(state.focus.getName()).isEqualTo("Djibo");
        assertThat(state.focus).isNotSameAs(state.regions.get(state.focus.getPlaceId()));
    }

    @Test
    void shouldFocusOnTheMostMentionedPlaceWhenNoEventNamesOne() {
        ArticleState state = Stages.events("Bamako hosted talks. Officials from Bamako and Niamey attended.");
        FOCUS.place(state);

        assertThat(state.events).isEmpty();
        assertThat(state.focus.getName()).isEqualTo("Bamako");
    }

    @Test
    void shouldFocusOnTheCountryOfTheActorsWhenNoPlaceIsNamed() {
        ArticleState state = Stages.events("GATIA fighters detained two traders on Friday.");
        FOCUS.place(state);

        assertThat(state.focus.getKind()).isEqualTo(RegionKind.COUNTRY);
        assertThat(state.focus.getCountryCode()).isEqualTo("ML");
    }

    @Test
    void shouldHaveNoFocusWhenNothingSaysWhere() {
        ArticleState state = Stages.events("The meeting was postponed.");
        FOCUS.place(state);

        assertThat(state.focus).isNull();
    }

    @Test
    void shouldFocusOnTheTownNamedLaterWhenTheEventSentenceOnlyNamesTheCountry() {
        EnrichedArticle e = tag("Gunmen killed three herders in a Malian village on Monday. The attack took place near Ansongo.");

        assertThat(e.getFocus()).isNotNull();
        assertThat(e.getFocus().getName()).isEqualTo("Ansongo");
    }

    @Test
    void shouldPlaceAnAmbushOnANationalArmyInItsCountryRatherThanTheRaidersCountry() {
        EnrichedArticle e = tag("Chadian raiders ambushed a Nigerien army patrol in the desert, killing three soldiers.");

        assertThat(e.getFocus()).isNotNull();
        assertThat(e.getFocus().getCountryCode()).isEqualTo("NE");
        assertThat(e.getActors()).noneMatch(a -> a.getActorId().equals("chad-armed-forces"));
    }

    @Test
    void shouldPutTheFocusAtTheDistanceAndDirectionGivenFromATown() {
        EnrichedArticle english = tag("A convoy was attacked about 50km west of Gao on Monday.");
        EnrichedArticle french = tag("Un convoi a été attaqué à 50 km à l'ouest de Gao lundi.");
        RegionTag gao = region(english, "Gao").filter(r -> r.getKind() == RegionKind.PLACE).orElseThrow();

        for (EnrichedArticle e : List.of(english, french)) {
            assertThat(e.getFocus().getName()).isEqualTo("Gao");
            assertThat(Geo.distanceKm(gao.getLatitude(), gao.getLongitude(), e.getFocus().getLatitude(),
                    e.getFocus().getLongitude())).isBetween(48.0, 52.0);
            assertThat(e.getFocus().getLongitude()).isLessThan(gao.getLongitude());
            assertThat(e.getFocus().getLatitude()).isCloseTo(gao.getLatitude(), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void shouldPlaceAnEventWhoseSentenceNamesOnlyTheCountryWhereTheArticleIs() {
        EnrichedArticle e = tag("Hundreds of fighters attacked the town of Djibo on Sunday, killing dozens. "
                + "The Burkinabe army said several hundred attackers had been killed in air strikes that followed.");

        assertThat(e.getEvents()).anySatisfy(ev -> {
            assertThat(ev.getSubEventType()).isEqualTo("Air/drone strike");
            assertThat(region(e, "Djibo").orElseThrow().getPlaceId()).isEqualTo(ev.getPlaceIds().get(0));
        });
    }
}
