package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words and punctuation around a place name that rule a reading in or out. */
class PlaceCuesTest {

    private static final PlaceCues CUES = Stages.PLACE_CUES;

    /** The state after the place context, and the body's place hit with this folded key. */
    private record Named(ArticleState state, FieldText body, Hit hit) { }

    private static Named named(String body, String key) {
        ArticleState state = Stages.placeContext(body);
        FieldText f = state.fields.get(1);
        Hit hit = state.hits(f).places().stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
        return new Named(state, f, hit);
    }

    @Test
    void shouldSeeACountryNamedAsTheFarSideOfABorder() {
        Named across = named("They fled to a camp near the border with Burkina Faso.", "burkina faso");
        Named malian = named("Clashes near the Malian border left two dead.", "malian");
        Named in = named("Clashes in Burkina Faso left two dead.", "burkina faso");

        assertThat(PlaceCues.namesABorder(across.body(), across.hit())).isTrue();
        assertThat(PlaceCues.namesABorder(malian.body(), malian.hit())).isTrue();
        assertThat(PlaceCues.namesABorder(in.body(), in.hit())).isFalse();
    }

    @Test
    void shouldSeeARiverAndAPersonsFirstName() {
        Named river = named("Floods hit the Sourou valley.", "sourou");
        Named person = named("Chad Smith said the talks would resume.", "chad");

        assertThat(PlaceCues.isRiver(river.body(), river.hit())).isTrue();
        assertThat(CUES.isPersonsName(person.body(), person.hit(), "chad")).isTrue();
        assertThat(PlaceCues.isRiver(person.body(), person.hit())).isFalse();
    }

    @Test
    void shouldReadTheAdminsAParenthesisStatesAfterAName() {
        Named sokoura = named("Militants attacked Sokoura (Bankass, Mopti) on Monday.", "sokoura");

        assertThat(sokoura.hit().entries()).anySatisfy(e -> assertThat(PlaceCues.statedAdminsExclude(sokoura.state(),
                sokoura.body(), sokoura.hit(), ((Entry.PlaceName) e).place())).isFalse()); // the Sokoura of Bankass
        assertThat(sokoura.hit().entries()).anySatisfy(e -> assertThat(PlaceCues.statedAdminsExclude(sokoura.state(),
                sokoura.body(), sokoura.hit(), ((Entry.PlaceName) e).place())).isTrue()); // a Sokoura elsewhere
        assertThat(PlaceCues.enclosingParenthesis(sokoura.body(), sokoura.hit())).isNull();
        Named bankass = named("Militants attacked Sokoura (Bankass, Mopti) on Monday.", "bankass");
        assertThat(PlaceCues.enclosingParenthesis(bankass.body(), bankass.hit())).isNotNull();
    }

    @Test
    void shouldSeeAWordOfALongerUnknownName() {
        Named tin = named("Militants clashed near Tin Abaradjan, in Mali, on Friday.", "tin");

        assertThat(tin.hit().entries()).anySatisfy(e -> assertThat(PlaceCues.partOfUnknownName(tin.state(),
                tin.body(), tin.hit(), ((Entry.PlaceName) e).place())).isTrue());
    }

    @Test
    void shouldSeeAnAcronymInRunningTextOnly() {
        Named mia = named("MIA, a new rebel group, attacked Gao.", "mia");

        assertThat(PlaceCues.isAcronym(mia.body(), mia.hit())).isTrue();
    }

    @Test
    void shouldRuleOutANamesakeFarFromTheTownTheWordsPutItIn() {
        Named bingo = named("Gunmen killed two men in the village of Bingo in the area of Monimpebougou.", "bingo");

        assertThat(bingo.hit().entries()).allSatisfy(e -> assertThat(CUES.farFromTheTownItIsSaidToBeIn(
                bingo.state(), bingo.body(), bingo.hit(), ((Entry.PlaceName) e).place())).isTrue());
    }

    @Test
    void shouldFindTheOneSahelCountryOfAllReadings() {
        Named ekrafane = named("MSA militiamen attacked a herders' camp near Ekrafane.", "ekrafane");

        assertThat(PlaceCues.onlySahelCountry(ekrafane.hit())).isEqualTo("NE");
    }
}
