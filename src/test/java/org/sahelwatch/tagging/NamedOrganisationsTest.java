package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;

/** Organisations named with their acronym in parentheses that no dictionary knows. */
class NamedOrganisationsTest {

    @Test
    void shouldTagAnOrganisationWithItsCountryAndEveryMentionOfItsAcronym() {
        ArticleState state = Stages.actors("Hundreds of women marched in Ouagadougou, Burkina Faso. The march was "
                + "organised by the Coalition of Housing Rights Associations (CADDL). The CADDL demanded housing.");

        assertThat(state.actors.get("org-caddl-bf")).satisfies(org -> {
            assertThat(org.getName()).isEqualTo("Coalition of Housing Rights Associations (CADDL)");
            assertThat(org.getCategory()).isEqualTo(ActorCategory.OTHER);
            assertThat(org.getMentions()).extracting(m -> m.getText())
                    .containsExactly("Coalition of Housing Rights Associations (CADDL)", "CADDL");
        });
    }

    @Test
    void shouldNotTagANameWithoutAnOrganisationWord() {
        ArticleState state = Stages.actors("The army attacked a village in Mopti (Mali) and the Mopti Region (MR) office.");

        assertThat(state.actors.keySet()).noneMatch(id -> id.startsWith("org-"));
    }

    @Test
    void shouldStartTheNameAtItsFirstCapitalisedWordNotAtTheArticle() {
        String text = "On Monday, the National Coalition of Farmers (CNF) said";
        String article = "On Monday, The Coalition of Farmers (CF) said";
        String french = "hier, le Collectif des associations de défense du droit au logement (CADDL) a dit";

        assertThat(text.substring(NamedOrganisations.organisationNameStart(text, text.indexOf('('))))
                .startsWith("National Coalition");
        assertThat(article.substring(NamedOrganisations.organisationNameStart(article, article.indexOf('('))))
                .startsWith("Coalition of Farmers");
        assertThat(french.substring(NamedOrganisations.organisationNameStart(french, french.indexOf('('))))
                .startsWith("Collectif des associations");
        assertThat(NamedOrganisations.organisationNameStart("in the Mopti Region (MR)", 20)).isEqualTo(-1);
    }
}
