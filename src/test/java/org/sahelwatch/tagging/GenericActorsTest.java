package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;

/** Generic victims, police and gendarmes, peoples named as victims, resolved to the country in context. */
class GenericActorsTest {

    private static List<String> names(String body) {
        return Stages.actorNames(Stages.actors(body));
    }

    private static List<ActorTag> actors(String body) {
        return List.copyOf(Stages.actors(body).actors.values());
    }

    @Test
    void shouldResolveKilledHerdersToCiviliansAndPastoralistsOfTheCountry() {
        // ACLED's current name for herders as victims is "Pastoralists" (exports up to 2019 wrote "Herders")
        assertThat(names("Gunmen killed two herders near Djibo, in Burkina Faso."))
                .contains("Civilians (Burkina Faso)", "Pastoralists (Burkina Faso)")
                .doesNotContain("Herders (Burkina Faso)");
    }

    @Test
    void shouldResolveWomenWhoMarchToProtesters() {
        assertThat(actors("Hundreds of women took to the streets of Niamey, in Niger, on Monday."))
                .anyMatch(a -> a.getCategory() == ActorCategory.PROTESTERS)
                .noneMatch(a -> a.getCategory() == ActorCategory.CIVILIANS);
    }

    @Test
    void shouldResolveGendarmesToTheGendarmerieAndPoliceToThePolice() {
        assertThat(actors("Gendarmes arrested three men in Dori, Burkina Faso."))
                .anyMatch(a -> a.getActorId().equals("burkina-gendarmerie"));
        assertThat(actors("La police a dispersé un rassemblement à Niamey, au Niger."))
                .anyMatch(a -> a.getActorId().equals("niger-police"));
    }

    @Test
    void shouldResolveAPeopleNamedAsVictimsToItsEthnicGroup() {
        assertThat(names("Armed men killed five Fulani villagers near Bankass, in Mali."))
                .contains("Fulani Ethnic Group (Mali)", "Civilians (Mali)");
    }

    @Test
    void shouldGiveVictimsTheCountryOfTheNamedArmedGroupWhenNoPlaceIsNamed() {
        assertThat(names("GATIA fighters abducted two traders on Friday.")).contains("Civilians (Mali)");
    }

    @Test
    void shouldReadSecurityForcesDispersingProtestersAsPolice() {
        assertThat(actors("Security forces dispersed protesters with tear gas in Niamey, Niger."))
                .anyMatch(a -> a.getActorId().equals("niger-police"));
    }

    @Test
    void shouldResolveBothForcesOfAJointOperation() {
        assertThat(actors("French and Malian forces killed five militants near Ménaka."))
                .anyMatch(a -> a.getActorId().equals("france-armed-forces"))
                .anyMatch(a -> a.getActorId().equals("mali-armed-forces"));
        assertThat(actors("Burkinabe and French aircraft struck a militant camp near Djibo."))
                .anyMatch(a -> a.getActorId().equals("france-armed-forces"))
                .anyMatch(a -> a.getCountryCode() != null && a.getCountryCode().equals("BF")
                        && a.getCategory() == ActorCategory.STATE_FORCES);
    }

    @Test
    void shouldReadTheAssailantsAfterANamedGroupAsThatGroup() {
        assertThat(actors("JNIM militants ambushed a bus near Boni, Mali. The assailants then burned the vehicle."))
                .noneMatch(a -> a.getActorId().startsWith("unidentified-armed-group"));
    }

    @Test
    void shouldNotTagSecurityForcesAMarchSupportsAsAParty() {
        assertThat(actors("Women staged a march in Kaya, Burkina Faso, in support of the defence and security forces."))
                .noneMatch(a -> a.getCategory() == ActorCategory.STATE_FORCES);
    }

    @Test
    void shouldReadVolunteerFightersInBurkinaFasoAsTheVdp() {
        assertThat(actors("Militants killed six volunteer fighters near Arbinda, Burkina Faso."))
                .anyMatch(a -> a.getActorId().equals("vdp"));
    }

    @Test
    void shouldAddTheGovernmentWhenALocalOfficialIsTheVictim() {
        List<ActorTag> found = actors("Gunmen shot dead the mayor of Tessit, in Mali, on Sunday.");
        assertThat(found).anyMatch(a -> a.getActorId().equals("mali-government"));
        assertThat(found).anyMatch(a -> a.getName().equals("Civilians (Mali)"));
    }

    @Test
    void shouldNotReadAPeopleThatQualifiesAnAllianceAsAParty() {
        assertThat(names("The army took control of Kidal, held by the Tuareg-led separatist alliance known as the CMA."))
                .noneMatch(n -> n.startsWith("Tuareg"));
    }

    @Test
    void shouldResolveStoneThrowersToRioters() {
        assertThat(names("When the national guard intervened in Bamako, they were attacked by stonethrowers."))
                .contains("Rioters (Mali)");
        assertThat(names("À Bamako, la garde nationale a été prise à partie par des lanceurs de pierres."))
                .contains("Rioters (Mali)");
    }
}
