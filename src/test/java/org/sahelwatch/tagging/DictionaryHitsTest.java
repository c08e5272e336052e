package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.text.Span;

/** The first stage: the dictionary hits of each field, by kind, leftmost-longest. */
class DictionaryHitsTest {

    private static List<String> keys(List<Hit> hits) {
        return hits.stream().map(Hit::key).toList();
    }

    private static FieldText body(ArticleState state) {
        return state.fields.get(1);
    }

    @Test
    void shouldSortTheHitsOfAFieldByKind() {
        ArticleState state = Stages.hits("JNIM militants attacked the town of Boni, in Mali.");
        FieldHits hits = state.hits(body(state));

        assertThat(keys(hits.actors())).contains("jnim", "militants");
        assertThat(keys(hits.places())).contains("boni", "mali");
        assertThat(keys(hits.triggers())).containsExactly("attacked");
        assertThat(keys(hits.places())).doesNotContain("attacked", "jnim");
    }

    @Test
    void shouldKeepTheLongestActorNameNotThePlaceOrGroupInsideIt() {
        ArticleState state = Stages.hits("Islamic State Sahel Province fighters ambushed a convoy.");

        assertThat(keys(state.hits(body(state)).actors())).first().isEqualTo("islamic state sahel province");
    }

    @Test
    void shouldTakeNoLowerCaseWordForAPlaceButADemonym() {
        ArticleState lower = Stages.hits("They say the mali question is open.");
        ArticleState demonym = Stages.hits("Malian soldiers patrolled.");

        assertThat(lower.hits(body(lower)).places()).isEmpty();
        assertThat(keys(demonym.hits(body(demonym)).places())).containsExactly("malian");
    }

    @Test
    void shouldDropAPlaceInsideAPhraseThatIsNoPlace() {
        ArticleState state = Stages.hits("Stade Malien beat Djoliba at the Stade du 26 Mars in Bamako.");

        assertThat(keys(state.hits(body(state)).places())).containsExactly("bamako");
    }

    @Test
    void shouldReadAMisspeltTownAfterALocativeOnly() {
        ArticleState after = Stages.hits("Hundreds of women marched in Ouagadaougou on Saturday.");
        ArticleState before = Stages.hits("Ouagadaougou officials said the march had been peaceful.");

        assertThat(after.misspelt).containsExactly(new ArticleState.TokenAt(body(after), 5));
        assertThat(keys(after.hits(body(after)).places())).containsExactly("ouagadaougou");
        assertThat(before.misspelt).isEmpty();
    }

    @Test
    void shouldNoteTheRulesWhoseContextPhrasesASentenceHolds() {
        ArticleState state = Stages.hits("They marched in Dori. Police fired tear gas to disperse them.");
        FieldHits hits = state.hits(body(state));

        assertThat(hits.contextsIn(1)).anyMatch(r -> r.eventType() == EventType.PROTESTS);
        assertThat(hits.contextsIn(0)).isEmpty();
    }

    @Test
    void shouldKeepTheLeftmostLongestOfOverlappingHits() {
        FieldText f = new FieldText(org.sahelwatch.avro.MentionField.BODY, "a b c d e");
        List<Hit> hits = new ArrayList<>(List.of(hit(f, 1, 3), hit(f, 0, 2), hit(f, 0, 1), hit(f, 2, 4), hit(f, 4, 5)));

        assertThat(DictionaryHits.leftmostLongest(hits)).containsExactly(hit(f, 0, 2), hit(f, 2, 4), hit(f, 4, 5));
    }

    private static Hit hit(FieldText f, int first, int end) {
        Span span = f.span(first, end);
        return new Hit(f, first, end, span, List.of());
    }
}
