package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/**
 * The places an article names, one region tag per place with its mentions. Each disambiguation rule
 * has its case, through the whole tagger, in {@link RegionDisambiguationTest}.
 */
class PlaceResolverTest {

    @Test
    void shouldTagEachPlaceOnceWithEveryMention() {
        ArticleState state = Stages.namedPlaces("Gunmen attacked Djibo. Djibo has been under blockade; Burkina Faso sent troops.");

        assertThat(Stages.regionNames(state)).containsExactly("Djibo", "Burkina Faso");
        RegionTag djibo = state.regions.values().iterator().next();
        assertThat(djibo.getMentions()).extracting(m -> m.getStart()).containsExactly(16, 23);
        assertThat(djibo.getImplied()).isFalse();
        assertThat(state.placeMentions).extracting(PlaceMention::sentence).containsExactly(0, 1, 1);
    }

    @Test
    void shouldNotTakeAPlaceInsideAnActorsNameButACountry() {
        ArticleState group = Stages.namedPlaces("Islamic State Sahel Province fighters attacked a convoy.");
        ArticleState army = Stages.namedPlaces("The Mali Army said so.");

        assertThat(group.regions).isEmpty();
        assertThat(army.regions.values()).extracting(RegionTag::getKind).containsExactly(RegionKind.COUNTRY);
        assertThat(army.regions.values().iterator().next().getConfidence()).isEqualTo(0.6);
    }

    @Test
    void shouldTagACountryAcrossABorderButNotAsAPlaceOfTheArticle() {
        ArticleState state = Stages.namedPlaces("Militants torched a school near the border with Burkina Faso.");

        assertThat(Stages.regionNames(state)).containsExactly("Burkina Faso");
        assertThat(state.placeMentions).isEmpty();
        assertThat(state.onlyAcrossABorder("iso:BF")).isTrue();
    }

    @Test
    void shouldKnowACountryNamedOnlyByANationality() {
        ArticleState state = Stages.namedPlaces("Gunmen kidnapped an Italian priest near Niamey, in Niger.");

        assertThat(state.onlyAsNationality("iso:IT")).isTrue();
        assertThat(state.onlyAsNationality("iso:NE")).isFalse();
    }

    @Test
    void shouldNoteTheOffsetADistanceAndDirectionGive() {
        ArticleState state = Stages.namedPlaces("Militants attacked a post about 50km west of Gao.");
        String gao = state.regions.values().iterator().next().getPlaceId();

        assertThat(state.offsetFrom(gao)).hasValueSatisfying(o -> {
            assertThat(o.km()).isEqualTo(50);
            assertThat(o.degrees()).isEqualTo(270);
        });
    }

    @Test
    void shouldGiveAMisspeltNameALowConfidence() {
        ArticleState state = Stages.namedPlaces("Hundreds of women marched in Ouagadaougou on Saturday.");

        assertThat(state.regions.values()).singleElement().satisfies(r -> {
            assertThat(r.getName()).isEqualTo("Ouagadougou");
            assertThat(r.getConfidence()).isEqualTo(0.5);
        });
    }
}
