package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.EventType;

/** Event types decided by what the trigger acts on: civilians, armed parties or property. */
class EventClassificationTest {

    private static final Instant NOW = Instant.parse("2023-11-15T00:00:00Z");
    private final Tagger tagger = TestTagger.get();

    private EventTag firstEvent(String body) {
        EnrichedArticle e = tagger.tag(anArticle().titled("Report").withBody(body).build(), NOW);
        assertThat(e.getEvents()).isNotEmpty();
        return e.getEvents().get(0);
    }

    @Test
    void shouldCallTheKillingOfAHerderViolenceAgainstCivilians() {
        EventTag event = firstEvent("Gunmen killed a herder near Douentza in central Mali on Tuesday.");
        assertThat(event.getEventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(event.getSubEventType()).isEqualTo("Attack");
    }

    @Test
    void shouldCallTheKillingOfSoldiersABattle() {
        EventTag event = firstEvent("Militants killed four soldiers near Douentza in central Mali on Tuesday.");
        assertThat(event.getEventType()).isEqualTo(EventType.BATTLES);
    }

    @Test
    void shouldCallAnAttackOnAVillageViolenceAgainstCivilians() {
        EventTag event = firstEvent("Armed men attacked the village of Ogossagou in the Mopti region of Mali.");
        assertThat(event.getEventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void shouldCallAnAttackOnAnArmyPostABattle() {
        EventTag event = firstEvent("Armed men attacked an army post in the village of Boni, in the Mopti region of Mali.");
        assertThat(event.getEventType()).isEqualTo(EventType.BATTLES);
    }

    @Test
    void shouldCallSeizingLivestockLootingNotTerritory() {
        EventTag event = firstEvent("Militants seized livestock from herders near Gao, in Mali.");
        assertThat(event.getEventType()).isEqualTo(EventType.STRATEGIC_DEVELOPMENTS);
        assertThat(event.getSubEventType()).isEqualTo("Looting/property destruction");
    }

    @Test
    void shouldCallFloggingAndAmputationViolenceAgainstCivilians() {
        assertThat(firstEvent("Jihadists flogged two men in public in Gao, Mali.").getEventType())
                .isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(firstEvent("Des hommes armés ont fouetté des femmes à Tombouctou, au Mali.").getEventType())
                .isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void shouldPreferABattleWhenTheSameSentenceHasAClashWithTheArmy() {
        EventTag event = firstEvent("Ten people were killed when militants stormed Bourem, in Mali, and clashed with the army.");
        assertThat(event.getEventType()).isEqualTo(EventType.BATTLES);
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: \"Hundreds of traders took to the streets of Niamey … to denounce new taxes\" raises no event")
    @Test
    void shouldReadTakingToTheStreetsAndStrikesAsProtests() {
        assertThat(firstEvent("Hundreds of traders took to the streets of Niamey, Niger, to denounce new taxes.").getEventType())
                .isEqualTo(EventType.PROTESTS);
        assertThat(firstEvent("Les enseignants de Kaya, au Burkina Faso, sont en grève depuis lundi.").getEventType())
                .isEqualTo(EventType.PROTESTS);
    }

    @Test
    void shouldReadStudentsClashingWithPoliceAsARiotNotABattle() {
        EventTag event = firstEvent("Students clashed with police in Ouagadougou, Burkina Faso, after a rally was banned.");
        assertThat(event.getEventType()).isIn(EventType.RIOTS, EventType.PROTESTS);
    }

    @Test
    void shouldReadBombingAsAnAirStrike() {
        EventTag event = firstEvent("Foreign jets bombed a jihadist base near Tessalit, in northern Mali.");
        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
    }

    @Test
    void shouldReadBurningASchoolAsPropertyDestruction() {
        EventTag event = firstEvent("Armed men burned the school of Tanwalbougou, in Burkina Faso, overnight.");
        assertThat(event.getSubEventType()).isEqualTo("Looting/property destruction");
    }

    @Test
    void shouldReadACattleTraderAsAPersonNotProperty() {
        EventTag event = firstEvent("Gunmen shot and wounded a cattle trader at the market of Djibo, Burkina Faso.");
        assertThat(event.getEventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void shouldReadAnAmbushOnCiviliansAsViolenceAgainstCivilians() {
        EventTag event = firstEvent("Gunmen ambushed a group of traders on the road to Djibo, in Burkina Faso.");
        assertThat(event.getEventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void shouldReadAnIedAmbushFollowedByGunfireAsABattle() {
        EventTag event = firstEvent("Militants hit an army convoy near Boni, Mali, with an IED followed by small arms fire.");
        assertThat(event.getEventType()).isEqualTo(EventType.BATTLES);
    }

    @Test
    void shouldReadProtestersAttackedWithTearGasAsAProtestWithIntervention() {
        EventTag event = firstEvent("Residents were protesting in Dori, Burkina Faso, when they were attacked with tear gas.");
        assertThat(event.getEventType()).isEqualTo(EventType.PROTESTS);
        assertThat(event.getSubEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void shouldReadDemonstratorsVandalisingAsARiot() {
        EventTag event = firstEvent("Angry demonstrators vandalized the town hall of Gao, in Mali.");
        assertThat(event.getEventType()).isEqualTo(EventType.RIOTS);
    }
    // ---- what is not an event of the day -----------------------------------------------------

    private EnrichedArticle tagTitled(String title, String body) {
        return tagger.tag(anArticle().titled(title).withBody(body).build(), NOW);
    }

    @Test
    void shouldRaiseNoEventForWhatKeepsHappening() {
        EnrichedArticle english = tagTitled("Report", "Rights groups regularly denounce the toll of air strikes on civilians in the north, which Bamako disputes.");
        EnrichedArticle french = tagTitled("Report", "Les ONG dénoncent régulièrement le lourd tribut payé par les civils lors des frappes aériennes dans le nord du pays, ce que Bamako conteste.");

        assertThat(english.getEvents()).isEmpty();
        assertThat(french.getEvents()).isEmpty();
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: the pluperfect \"had been the scene of heavy fighting … in late July\" is read as an armed clash")
    @Test
    void shouldRaiseNoEventForAPlaceThatHadBeenTheSceneOfFighting() {
        EnrichedArticle english = tagTitled("Report", "Tinzaouaten had been the scene of heavy fighting between the army and the rebels in late July.");
        EnrichedArticle french = tagTitled("Report", "Tinzaouatène avait été le théâtre, fin juillet, de violents combats entre l'armée malienne et les rebelles.");

        assertThat(english.getEvents()).isEmpty();
        assertThat(french.getEvents()).isEmpty();
    }

    @Test
    void shouldKeepTheHeadlineEventWhenTheBodyTellsTheSameKindOfEventElsewhere() {
        EnrichedArticle e = tagTitled("Drone strikes kill twenty in Tinzaouaten",
                "Residents buried the dead on Monday. Separately, an air strike hit a convoy near Ansongo.");

        assertThat(e.getEvents()).extracting(EventTag::getSubEventType).containsOnly("Air/drone strike");
        assertThat(e.getEvents()).hasSize(2);
    }
}
