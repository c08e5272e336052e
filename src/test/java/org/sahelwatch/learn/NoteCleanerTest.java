package org.sahelwatch.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteCleanerTest {

    @Test
    void shouldDropTheDateLeadAndTheAdminTail() {
        assertThat(NoteCleaner.clean("On 1 October 2020, presumed Dana Ambassagou militiamen attacked the Dogon village of"
                + " Berdossou (Koro, Mopti). Village self-defense repelled the attack."))
                .isEqualTo("Presumed Dana Ambassagou militiamen attacked the Dogon village of Berdossou."
                        + " Village self-defense repelled the attack.");
    }

    @Test
    void shouldDropTheSubEventLabelThatWouldGiveTheAnswerAway() {
        assertThat(NoteCleaner.clean("Looting: On 19 December 2021, presumed JNIM militants burned granaries (Toeni, Sourou)."))
                .isEqualTo("Presumed JNIM militants burned granaries.");
        assertThat(NoteCleaner.clean("Property destruction: Two presumed Ansaroul Islam members opened fire in Oukoulourou."))
                .isEqualTo("Two presumed Ansaroul Islam members opened fire in Oukoulourou.");
    }

    @Test
    void shouldDropBracketedRemarksAndMonthFirstLeads() {
        assertThat(NoteCleaner.clean("On April 23, unionists from the health sector observed a sit-in.[size=no report]"))
                .isEqualTo("Unionists from the health sector observed a sit-in.");
        assertThat(NoteCleaner.clean("August 25, a man was abducted by unknown gunmen in Seyna [Seina]."))
                .isEqualTo("A man was abducted by unknown gunmen in Seyna.");
    }

    @Test
    void shouldCleanFrenchNotesTheSameWay() {
        assertThat(NoteCleaner.clean("Le 6 octobre 2021, des militants présumés de l'AQIM ont attaqué un poste de police"
                + " dans la ville de Dire (Dire, Tombouctou)."))
                .isEqualTo("Des militants présumés de l'AQIM ont attaqué un poste de police dans la ville de Dire.");
        assertThat(NoteCleaner.clean("Pillage : Le 1er novembre 2021, des hommes armés ont volé du bétail à Ouro (Djibo, Soum)."))
                .isEqualTo("Des hommes armés ont volé du bétail à Ouro.");
        assertThat(NoteCleaner.clean("Dans la nuit du 3 au 4 décembre 2021, des militants ont attaqué Koro."))
                .isEqualTo("Des militants ont attaqué Koro.");
    }

    @Test
    void shouldKeepAnAcronymBeforeAColonAndParenthesesThatAreNotPlaces() {
        assertThat(NoteCleaner.clean("CADDL: Coalition of Housing Rights Associations protested in Bamako."))
                .isEqualTo("CADDL: Coalition of Housing Rights Associations protested in Bamako.");
        assertThat(NoteCleaner.clean("Militants (believed to be JNIM or ISGS) clashed with the army."))
                .isEqualTo("Militants (believed to be JNIM or ISGS) clashed with the army.");
    }

    @Test
    void shouldLeaveNewsSentencesAlone() {
        String news = "Gunmen killed 12 soldiers in an attack on a military post in northern Burkina Faso, the army said.";
        assertThat(NoteCleaner.clean(news)).isEqualTo(news);
    }

    @org.junit.jupiter.api.Test
    void shouldCutWhatTheModelNeverLearntFromAMaskedSentenceAndLeaveNewsAlone() {
        org.assertj.core.api.Assertions.assertThat(NoteCleaner.forModel(
                "Vol : Le 26 novembre 2021, des militants du xrebelgroupx ont saisi du bétail à xplacex ( xplacex , xplacex )."))
                .isEqualTo("des militants du xrebelgroupx ont saisi du bétail à xplacex.");
        org.assertj.core.api.Assertions.assertThat(NoteCleaner.forModel(
                "Looting: On 26 November 2021, xrebelgroupx militants seized livestock in xplacex (xplacex). [size=no report]"))
                .isEqualTo("xrebelgroupx militants seized livestock in xplacex.");
        org.assertj.core.api.Assertions.assertThat(NoteCleaner.forModel("On Tuesday, gunmen attacked xplacex (xplacex district)."))
                .isEqualTo("On Tuesday, gunmen attacked xplacex (xplacex district).");
    }
}
