package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelwatch.avro.EventTag;

/**
 * Who acts and who is acted upon, as the role model learned it from ACLED's coding: the first party of
 * the event ({@code EventTag.actorIds}, associated actors aside) is ACLED's actor 1, in English and French,
 * in the active and in the passive voice.
 */
class EventRolesTest {

    /** The event's own parties, in order, without its associated actors. */
    private static List<String> parties(String body) {
        ArticleState state = Stages.analysed(body);
        assertThat(state.events).as("events of: %s", body).isNotEmpty();
        EventTag event = state.events.get(0);
        return event.getActorIds().stream().filter(id -> !event.getAssociatedActorIds().contains(id)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JNIM militants attacked a Malian army post in Boni, in the Mopti region, killing three soldiers.",
        "Des militants du JNIM ont attaqué un poste de l'armée malienne à Boni, dans la région de Mopti, tuant trois soldats.",
        "A Malian army post in Boni, in the Mopti region, was attacked by JNIM militants on Sunday.",
        "Un poste de l'armée malienne a été attaqué dimanche par des militants du JNIM à Boni, dans la région de Mopti."})
    void shouldNameTheAttackerBeforeTheArmyItAttacked(String report) {
        List<String> parties = parties(report);

        assertThat(parties).as(report).contains("jnim", "mali-armed-forces");
        assertThat(parties.indexOf("jnim")).as(report).isLessThan(parties.indexOf("mali-armed-forces"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dozo militiamen killed three Fulani civilians in the village of Sinda, near Bankass, in the Mopti region of Mali.",
        "Des miliciens dozos ont tué trois civils peuls dans le village de Sinda, près de Bankass, dans la région de Mopti au Mali.",
        "Three Fulani civilians were killed by Dozo militiamen in the village of Sinda, near Bankass, in the Mopti region of Mali.",
        "Trois civils peuls ont été tués par des miliciens dozos dans le village de Sinda, près de Bankass, dans la région de Mopti au Mali."})
    void shouldNameTheMilitiaBeforeTheCiviliansItKilled(String report) {
        List<String> parties = parties(report);

        assertThat(parties).as(report).contains("dozo", "civilians-ml");
        assertThat(parties.get(0)).as(report).isEqualTo("dozo");
    }
}
