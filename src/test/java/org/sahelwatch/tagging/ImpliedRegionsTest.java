package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/** The regions an article implies without naming them. */
class ImpliedRegionsTest {

    @Test
    void shouldImplyTheCercleRegionAndCountryOfATown() {
        ArticleState state = Stages.places("Gunmen attacked Bankass on Monday.");

        assertThat(state.regions.values()).filteredOn(RegionTag::getImplied)
                .extracting(RegionTag::getKind).containsExactly(RegionKind.ADMIN2, RegionKind.ADMIN1, RegionKind.COUNTRY);
        assertThat(state.regions.values()).filteredOn(RegionTag::getImplied)
                .allSatisfy(r -> assertThat(r.getMentions()).isEmpty());
    }

    @Test
    void shouldNotImplyWhatTheArticleNames() {
        ArticleState state = Stages.places("Gunmen attacked Bankass, in Mali.");

        assertThat(state.regions.values()).filteredOn(r -> r.getKind() == RegionKind.COUNTRY)
                .singleElement().satisfies(r -> assertThat(r.getImplied()).isFalse());
    }

    @Test
    void shouldImplyTheOneSahelCountryOfTheActorsWhenNoPlaceIsNamed() {
        ArticleState state = Stages.places("GATIA fighters detained two traders on Friday.");

        assertThat(state.regions.values()).singleElement().satisfies(r -> {
            assertThat(r.getName()).isEqualTo("Mali");
            assertThat(r.getImplied()).isTrue();
            assertThat(r.getConfidence()).isEqualTo(0.4);
        });
    }

    @Test
    void shouldImplyNoCountryOfARiverSharedByMany() {
        ArticleState state = Stages.places("Boats sank on the Niger river.");

        assertThat(state.regions.values()).noneMatch(RegionTag::getImplied);
    }
}
