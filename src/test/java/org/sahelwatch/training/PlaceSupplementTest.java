package org.sahelwatch.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.tagging.Place;

/** Coded events at invented villages (Kourouboukanta, Hassi Kourou) and at real towns. */
class PlaceSupplementTest {

    static final String CSV = """
            event_id_cnty,country,admin1,admin2,location,latitude,longitude,notes
            P1,Mali,Mopti,Bandiagara,Kourouboukanta,14.50,-3.70,"Gunmen attacked Kourouboukanta."
            P2,Mali,Mopti,Bandiagara,Kourouboukanta,14.52,-3.72,"Gunmen attacked Kourouboukanta again."
            P3,Mali,Mopti,Douentza,Boni,15.08,-2.22,"Militants attacked Boni."
            P4,Mali,Mopti,Douentza,Boni,15.07,-2.23,"Militants attacked Boni again."
            P5,Mali,Tombouctou,Goundam,Hassi Kourou,16.50,-3.50,"Gunmen attacked Hassi Kourou."
            P6,Mali,Mopti,Mopti,Mopti,14.40,-4.00,"A protest in Mopti region."
            """;

    static List<AcledRow> rows;
    static PlaceSupplement supplement;

    @BeforeAll
    static void read() throws Exception {
        rows = AcledCsv.read(new StringReader(CSV)).rows();
        supplement = new PlaceSupplement(WrittenDictionary.get());
    }

    private static BitSet rows(int from, int to) {
        BitSet b = new BitSet();
        b.set(from, to);
        return b;
    }

    @Test
    void shouldAddAVillageTheGazetteerLacksAtTheMedianOfItsEvents() {
        PlaceSupplement.Learned learned = supplement.learn(rows, rows(0, rows.size()));

        Place village = learned.places().stream().filter(p -> p.id().equals("acled:ml:kourouboukanta")).findFirst().orElseThrow();
        assertThat(village.name()).isEqualTo("Kourouboukanta");
        assertThat(village.admin1()).isEqualTo("Mopti");
        assertThat(village.admin2()).isEqualTo("Bandiagara");
        assertThat(village.latitude()).isEqualTo(14.51);
        assertThat(village.longitude()).isEqualTo(-3.71);
        assertThat(village.featureCode()).isEqualTo(PlaceSupplement.FEATURE_CODE);
    }

    @Test
    void shouldGiveALearnedVillageTheGazetteersNameOfItsRegion() {
        PlaceSupplement.Learned learned = supplement.learn(rows, rows(0, rows.size()));

        assertThat(learned.places()).filteredOn(p -> p.name().equals("Hassi Kourou"))
                .extracting(Place::admin1).containsExactly("Timbuktu");
    }

    @Test
    void shouldAddNoPlaceForATownOrRegionTheGazetteerHas() {
        PlaceSupplement.Learned learned = supplement.learn(rows, rows(0, rows.size()));

        assertThat(learned.places()).extracting(Place::name).containsExactlyInAnyOrder("Kourouboukanta", "Hassi Kourou");
    }

    @Test
    void shouldLearnNoVillageNamedAfterAQuarterOfACapitalButKeepOneNamedAfterASmallerTown() throws Exception {
        List<AcledRow> hyphenated = AcledCsv.read(new StringReader("""
                event_id_cnty,country,admin1,admin2,location,latitude,longitude,notes
                Q1,Mali,Segou,Niono,Bamako-Kourouboukanta,14.79,-6.03,"Gunmen attacked Bamako-Kourouboukanta."
                Q2,Mali,Gao,Bourem,Bourem-Kourouboukanta,16.69,-2.85,"Gunmen attacked Bourem-Kourouboukanta."
                """)).rows();

        PlaceSupplement.Learned learned = supplement.learn(hyphenated, rows(0, hyphenated.size()));

        // the tagger reads "Bamako-X" as a quarter of Bamako: a learned village of the name would take Bamako's place
        assertThat(learned.places()).extracting(Place::name).containsExactly("Bourem-Kourouboukanta");
    }

    @Test
    void shouldCountTheEventsAtEachReadingOfAnAmbiguousName() {
        PlaceSupplement.Learned learned = supplement.learn(rows, rows(0, rows.size()));

        // Boni is a village of Douentza (Mali), of Kita (Mali), of Tuy (Burkina Faso) and of Ayerou (Niger)
        assertThat(learned.priors().events("boni", "gn:2459917")).isEqualTo(2);
        assertThat(learned.priors().events("boni")).isEqualTo(2);
        assertThat(learned.priors().events("kourouboukanta")).isZero(); // one reading: nothing to choose
    }

    @Test
    void shouldLearnOnlyFromTheTrainingRows() {
        PlaceSupplement.Learned learned = supplement.learn(rows, rows(2, rows.size()));

        assertThat(learned.places()).extracting(Place::name).containsExactly("Hassi Kourou");
    }
}
