package org.sahelwatch.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.tagging.Actor;

/** Hand-written rows in the style of ACLED's notes, with an invented group ("Katiba Kouroufa"). */
class AcledActorTableTest {

    static final String CSV = """
            event_id_cnty,year,event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,notes
            T1,2020,Battles,Katiba Kouroufa,,2,Military Forces of Mali (2020-),,1,Mali,"On 2 May 2020, Katiba Kouroufa militants attacked soldiers near Boni (Douentza, Mopti)."
            T2,2020,Battles,Katiba Kouroufa,,2,Military Forces of Mali (2020-),,1,Mali,"On 9 May 2020, presumed Katiba Kouroufa fighters ambushed an army convoy in Mopti region, Mali."
            T3,2021,Violence against civilians,Katiba Kouroufa,,2,Civilians (Mali),,7,Mali,"On 4 June 2021, Katiba Kouroufa abducted two traders near Douentza (Douentza, Mopti)."
            T4,2019,Battles,Unidentified Armed Group (Mali),,3,Police Forces of Mali (2013-2020) Gendarmerie,,1,Mali,"On 1 March 2019, gunmen attacked gendarmes in Kati, Mali."
            T5,2019,Battles,Unidentified Armed Group (Mali),,3,Police Forces of Mali (2013-2020) Gendarmerie,,1,Mali,"On 8 March 2019, unknown gunmen killed two gendarmes at a checkpoint near Segou, Mali."
            T6,2018,Battles,Unidentified Armed Group (Mali),,3,Police Forces of Mali (2013-2020) Gendarmerie,,1,Mali,"On 3 April 2018, gunmen attacked the gendarmerie of Nara, Mali."
            T7,2021,Protests,Protesters (Niger),Teachers (Niger),6,,,0,Niger,"On 2 February 2021, teachers marched in Niamey, Niger, demanding their pay."
            T8,2003,Battles,Mutiny of Military Forces of Niger (1999-2010),,8,Military Forces of Niger (1999-2010),,1,Niger,"Mutinous soldiers clashed with the army in Diffa, Niger."
            T9,2020,Battles,JNIM: Group for Support of Islam and Muslims,,2,Military Forces of Mali (2020-),,1,Mali,"On 5 July 2020, JNIM militants attacked a military camp in Boulkessi, Mali."
            """;

    static List<Actor> learned;

    @BeforeAll
    static void learn() throws Exception {
        List<AcledRow> rows = AcledCsv.read(new StringReader(CSV)).rows();
        AcledActorTable table = new AcledActorTable(WrittenDictionary.get());
        BitSet all = new BitSet();
        all.set(0, rows.size());
        learned = table.learn(table.prepare(rows), all);
    }

    private static Optional<Actor> byId(String id) {
        return learned.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Test
    void shouldLearnANewActorWithItsCategoryCountryAndTheFormTheNotesUse() {
        Actor kouroufa = byId("acled-katiba-kouroufa").orElseThrow();

        assertThat(kouroufa.name()).isEqualTo("Katiba Kouroufa");
        assertThat(kouroufa.category()).isEqualTo(ActorCategory.REBEL_GROUP);
        assertThat(kouroufa.countryCode()).isEqualTo("ML");
        assertThat(kouroufa.acledNames()).containsExactly("Katiba Kouroufa");
        assertThat(kouroufa.aliases()).containsExactly("Katiba Kouroufa");
    }

    @Test
    void shouldGiveALabelTheWrittenActorTheTaggerFindsInItsNotes() {
        // actors.tsv lists the gendarmerie under its older label "Military Forces of Mali (…) Gendarmerie" only
        assertThat(byId("mali-gendarmerie").orElseThrow().acledNames())
                .containsExactly("Police Forces of Mali (2013-2020) Gendarmerie");
    }

    @Test
    void shouldAddTheErasOfALabelToTheWrittenActorThatListsIt() {
        assertThat(byId("mali-armed-forces").orElseThrow().acledNames()).containsExactly("Military Forces of Mali (2020-)");
    }

    @Test
    void shouldLearnTheEraAndCountryOfALabelNoWrittenActorHas() {
        Actor mutiny = byId("acled-mutiny-of-military-forces-of-niger").orElseThrow();

        assertThat(mutiny.validFrom()).isEqualTo("1999");
        assertThat(mutiny.validTo()).isEqualTo("2010");
        assertThat(mutiny.countryCode()).isEqualTo("NE");
        assertThat(mutiny.category()).isEqualTo(ActorCategory.EXTERNAL_FORCES);
    }

    @Test
    void shouldGiveALabelWrittenForEveryCountryTheTaggersIdOfSuchGroups() {
        Actor teachers = byId("teachers-ne").orElseThrow();

        assertThat(teachers.name()).isEqualTo("Teachers (Niger)");
        assertThat(teachers.countryCode()).isEqualTo("NE");
        assertThat(teachers.category()).isEqualTo(ActorCategory.PROTESTERS); // associated with protesters
    }

    @Test
    void shouldLearnNothingFromRowsOutsideTheTrainingRows() throws Exception {
        List<AcledRow> rows = AcledCsv.read(new StringReader(CSV)).rows();
        AcledActorTable table = new AcledActorTable(WrittenDictionary.get());
        BitSet withoutKouroufa = new BitSet();
        withoutKouroufa.set(3, rows.size());

        List<Actor> fold = table.learn(table.prepare(rows), withoutKouroufa);

        assertThat(fold).extracting(Actor::id).doesNotContain("acled-katiba-kouroufa");
        assertThat(fold.stream().flatMap(a -> a.aliases().stream())).doesNotContain("Katiba Kouroufa");
    }
}
