package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;

/** Rows written for this test in the style of ACLED's notes: one names its admin region, one only its village. */
class RegionSubsetsTest {

    static final String CSV = """
            event_id_cnty,event_date,year,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,admin1,admin2,location,latitude,longitude,notes,fatalities
            R1,03 March 2021,2021,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,2,Military Forces of Mali (2021-),,1,Mali,Mopti,Douentza,Boni,15.08,-2.22,"On 3 March 2021, JNIM militants attacked a FAMa position in Boni (Douentza, Mopti). Two soldiers were killed.",2
            R2,04 March 2021,2021,Violence against civilians,Attack,Unidentified Armed Group (Mali),,3,Civilians (Mali),,7,Mali,Mopti,Bandiagara,Sodon,14.35,-3.61,"On 4 March 2021, unknown gunmen attacked the village of Sodon and killed two villagers.",2
            """;

    @Test
    void shouldReportTheNotesThatNameTheEventsRegionApartFromTheOthers() throws Exception {
        EvalReport report = new Evaluator(TestTagger.get()).evaluate(AcledCsv.read(new StringReader(CSV)), null,
                Instant.parse("2024-01-01T00:00:00Z"));

        assertThat(report.byRegionMention().get(AdminMentions.NAMES_REGION).rows()).isEqualTo(1);
        assertThat(report.byRegionMention().get(AdminMentions.NAMES_NO_REGION).rows()).isEqualTo(1);
        assertThat(report.byRegionMention().get(AdminMentions.NAMES_REGION).score(Metric.ADMIN1)).isEqualTo(new Score(1, 1));
        assertThat(report.remarks()).containsEntry("naming no admin region of the event, but ACLED's location", 1);
        assertThat(ReportFormatter.table(report)).contains(AdminMentions.NAMES_NO_REGION + ": 1 rows\n");
    }

    @Test
    void shouldCountTheAttackerNamedBeforeItsTarget() throws Exception {
        EvalReport report = new Evaluator(TestTagger.get()).evaluate(AcledCsv.read(new StringReader(CSV)), null,
                Instant.parse("2024-01-01T00:00:00Z"));

        assertThat(report.overall().score(Metric.ACTOR1_FIRST)).isEqualTo(new Score(1, 1)); // JNIM before the army
    }
}
