package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;

/** Headlines written for this test, coded the way UCDP codes its events. */
class UcdpCodingTest {

    static final String CSV = """
            side_a,side_b,adm_1,adm_2,where_coordinates,where_prec,latitude,longitude,country,date_start,source_headline
            Government of Burkina Faso,JNIM,Sahel region,Soum province,Djibo town,1,14.1022,-1.6306,Burkina Faso,06/27/2023 00:00:00,Burkinabe soldiers kill dozens of JNIM jihadists near Djibo;Crisis Watch June 2023
            JNIM,Civilians,Est region,Gourma province,Fada N'Gourma town,2,12.0616,0.3584,Burkina Faso,06/28/2023 00:00:00,Gunmen kill five civilians in Fada N'Gourma
            Government of Burkina Faso,IS,Sahel region,Oudalan province,Markoye town,1,14.6469,0.0386,Burkina Faso,06/29/2023 00:00:00,Soldiers killed in an attack in Burkina Faso's Sahel region
            """;

    @Test
    void shouldScoreEachHeadlineAgainstTheCodingOfItsEventApartWhenItNamesOnlyARegionOrNoPlace() throws Exception {
        Map<String, Tally> parts = UcdpCoding.run(TestTagger.get(), new StringReader(CSV), Instant.parse("2024-01-01T00:00:00Z"));

        Tally named = parts.get(UcdpCoding.NAMES_PLACE);
        Tally regionOnly = parts.get(UcdpCoding.NAMES_REGION_ONLY);
        Tally unnamed = parts.get(UcdpCoding.NAMES_NO_PLACE);
        assertThat(named.rows()).isEqualTo(2);
        assertThat(regionOnly.rows()).isEqualTo(1); // "… in Burkina Faso's Sahel region", an event in Markoye
        assertThat(regionOnly.score(Metric.ADMIN1)).isEqualTo(new Score(1, 1));
        assertThat(unnamed.rows()).isEqualTo(1); // "Crisis Watch June 2023"
        assertThat(named.score(Metric.COUNTRY)).isEqualTo(new Score(2, 2));
        assertThat(named.score(Metric.ADMIN1)).isEqualTo(new Score(2, 2));
        assertThat(named.score(Metric.FOCUS_25KM)).isEqualTo(new Score(2, 2));
        assertThat(named.score(Metric.NAMED_ACTOR).total()).isEqualTo(4); // two sides per event
        assertThat(unnamed.score(Metric.COUNTRY)).isEqualTo(new Score(0, 1));
        assertThat(UcdpCoding.report(parts)).contains(UcdpCoding.NAMES_PLACE + ": 2 rows\n")
                .contains("admin1                          2 / 2     = 1.000\n");
    }

    @Test
    void shouldReadUcdpsPlaceAndRegionWithoutTheirKindOfUnit() {
        assertThat(UcdpCoding.place("Namssiguia village")).isEqualTo("Namssiguia");
        assertThat(UcdpCoding.strip("Centre Nord region")).isEqualTo("Centre Nord");
        assertThat(UcdpCoding.strip("Bam province")).isEqualTo("Bam");
    }
}
