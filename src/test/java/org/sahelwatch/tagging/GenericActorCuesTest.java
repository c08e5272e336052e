package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a generic actor phrase names a new party, or a people's militia. */
class GenericActorCuesTest {

    /** The state after the places, and the body's generic actor hit with this folded key. */
    private record Phrase(ArticleState state, FieldText body, Hit hit, Entry.GenericActor generic) { }

    private static Phrase phrase(String body, String key) {
        ArticleState state = Stages.places(body);
        FieldText f = state.fields.get(1);
        Hit hit = state.hits(f).actors().stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
        return new Phrase(state, f, hit, (Entry.GenericActor) hit.entries().get(0));
    }

    private static boolean namesNoNewParty(String body, String key) {
        Phrase p = phrase(body, key);
        return GenericActorCues.namesNoNewParty(p.state(), p.body(), p.hit(), p.body().sentenceOf(p.hit().first()),
                p.generic());
    }

    private static String militiaPeople(String body, String key) {
        Phrase p = phrase(body, key);
        return GenericActorCues.militiaPeople(p.state(), p.body(), p.hit(), p.generic());
    }

    @Test
    void shouldReadTheGenericWordsAfterANamedGroupAsThatGroup() {
        assertThat(namesNoNewParty("JNIM militants ambushed a bus. The assailants then burned it.", "assailants")).isTrue();
        assertThat(namesNoNewParty("FACT rebels attacked Bardai.", "rebels")).isTrue();
        assertThat(namesNoNewParty("JNIM militants ambushed a bus. A group of gunmen then burned it.", "gunmen")).isFalse();
    }

    @Test
    void shouldReadNoPartyInAccompliceOrRescued() {
        assertThat(namesNoNewParty("Soldiers killed eleven people accused of being accomplices to militants.", "militants"))
                .isTrue();
        assertThat(namesNoNewParty("Soldiers freed two aid workers near Gao.", "aid workers")).isTrue();
        assertThat(namesNoNewParty("Gunmen abducted two aid workers near Gao.", "aid workers")).isFalse();
    }

    @Test
    void shouldReadAPeopleQualifyingArmedMenAsThatPeoplesMilitia() {
        assertThat(militiaPeople("Fulani gunmen attacked a village near Bankass.", "gunmen")).isEqualTo("Fulani");
        assertThat(militiaPeople("Clashes broke out between Dogon and Fulani near Bankass.", "dogon")).isEqualTo("Dogon");
        assertThat(militiaPeople("Fulani rebels attacked a village near Bankass.", "rebels")).isNull();
    }

    @Test
    void shouldReadAPeopleQualifyingAnArmedBodyAsNoParty() {
        assertThat(namesNoNewParty("The army retook Kidal from the Tuareg-led separatist alliance.", "tuareg")).isTrue();
        assertThat(namesNoNewParty("Gunmen killed five Fulani villagers near Bankass.", "fulani")).isFalse();
    }
}
