package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/** Four hand-written rows in ACLED's format, run end to end through the real tagger. */
class EvaluatorTest {

    /**
     * Written for this test in the style of ACLED's notes. TST2 is coded as ACLED coded Ménaka before
     * 2020 (under Gao); TST4 carries ACLED's spelling "Koulikouro" and an old event type; TST3 is French.
     */
    static final String CSV = """
            event_id_cnty,event_date,year,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,admin1,admin2,location,latitude,longitude,notes,fatalities,language
            TST1,03 March 2021,2021,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,2,Military Forces of Mali (2021-),,1,Mali,Mopti,Douentza,Boni,15.08,-2.22,"On 3 March 2021, JNIM militants attacked a FAMa position in Boni (Douentza, Mopti). Two soldiers were killed.",2,en
            TST2,14 June 2017,2017,Violence against civilians,,Unidentified Armed Group (Mali),,3,Civilians (Mali),,7,Mali,Gao,Menaka,Menaka,15.918,2.402,"On 14 June 2017, unidentified gunmen attacked the town of Menaka, Mali, killing two civilians.",2,en
            TST3,2018-03-15,2018,Riots/Protests,,Protesters (Niger),Students (Niger),6,,,0,Niger,Niamey,Niamey,Niamey,13.514,2.110,"Le 15 mars 2018, des étudiants ont manifesté à Niamey, au Niger, contre la loi de finances. Aucun blessé.",0,fr
            TST4,05 May 2016,2016,Battle-No change of territory,,Unidentified Armed Group (Mali),,3,Military Forces of Mali (2013-2020),,1,Mali,Koulikouro,Kati,Kati,12.744,-8.073,"On 5 May 2016, unidentified gunmen attacked a gendarmerie post in Kati, Koulikoro region, Mali. One gendarme was killed.",1,en
            """;

    static EvalReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        AcledCsv.Result csv = AcledCsv.read(new StringReader(CSV));
        report = new Evaluator(TestTagger.get()).evaluate(csv, "language", Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void shouldEvaluateEveryRow() {
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rowsEvaluated()).isEqualTo(4);
        assertThat(report.skipped()).isEmpty();
        assertThat(report.tagNanos()).hasSize(4);
        assertThat(java.util.Arrays.stream(report.tagNanos()).min().orElseThrow()).isPositive();
    }

    @Test
    void shouldScoreTheUnambiguousMetricsExactly() {
        Tally t = report.overall();
        // every note names its place with its region (or country) and states its toll plainly
        assertThat(t.score(Metric.COUNTRY)).isEqualTo(new Score(4, 4));
        assertThat(t.score(Metric.ADMIN1)).isEqualTo(new Score(4, 4));
        assertThat(t.score(Metric.FOCUS_25KM)).isEqualTo(new Score(4, 4));
        assertThat(t.score(Metric.EVENT_TYPE)).isEqualTo(new Score(4, 4));
        assertThat(t.score(Metric.SUB_EVENT_TYPE)).isEqualTo(new Score(1, 1)); // only TST1 has a sub-event type
        assertThat(t.score(Metric.FATALITIES)).isEqualTo(new Score(4, 4));
        // Mopti and Niamey as written, Gao for Ménaka (historical), Koulikouro for Koulikoro (spelling)
        assertThat(report.matchKinds().get(Metric.ADMIN1)).containsEntry(AdminNames.Match.SAME, 2)
                .containsEntry(AdminNames.Match.HISTORICAL, 1).containsEntry(AdminNames.Match.SPELLING, 1);
    }

    @Test
    void shouldCountEveryGoldValueOnceWhereTheOutcomeDependsOnTaggingQuality() {
        Tally t = report.overall();
        assertThat(t.score(Metric.ADMIN2).total()).isEqualTo(4);
        assertThat(t.score(Metric.NAMED_ACTOR).total()).isEqualTo(8); // 2 + 2 + (1 + 1 associated) + 2
        // gold categories: {REBEL, STATE}, {POLITICAL_MILITIA, CIVILIANS}, {PROTESTERS}, {POLITICAL_MILITIA, STATE}
        assertThat(t.truePositives() + t.falseNegatives()).isEqualTo(7);
        assertThat(t.score(Metric.ACTOR_CATEGORY)).isEqualTo(new Score(2 * t.truePositives(),
                2 * t.truePositives() + t.falsePositives() + t.falseNegatives()));
        for (Metric m : Metric.values()) {
            Score s = t.score(m);
            assertThat(s.hits()).as(m.label()).isBetween(0L, s.total());
            if (m != Metric.ACTOR_CATEGORY) {
                assertThat(report.misses().stream().filter(x -> x.metric() == m).count())
                        .as("misses of %s", m.label()).isEqualTo(s.total() - s.hits());
            }
        }
        assertThat(report.misses()).isSortedAccordingTo(Comparator.comparing(Miss::metric));
    }

    @Test
    void shouldReportEachMetricPerLanguage() {
        assertThat(report.byLanguage()).containsOnlyKeys("en", "fr");
        assertThat(report.byLanguage().get("en").rows()).isEqualTo(3);
        assertThat(report.byLanguage().get("fr").rows()).isEqualTo(1);
        assertThat(report.byLanguage().get("en").score(Metric.COUNTRY)).isEqualTo(new Score(3, 3));
        assertThat(report.byLanguage().get("fr").score(Metric.EVENT_TYPE)).isEqualTo(new Score(1, 1));
    }

    @Test
    void shouldPrintOneLinePerMetricThenTheTotals() {
        String table = ReportFormatter.table(report);
        assertThat(table).contains("country                         4 / 4     = 1.000\n")
                .contains("sub-event type                  1 / 1     = 1.000\n")
                .contains("language = fr: 1 rows\n")
                .contains("rows read: 4, evaluated: 4, skipped: 0\n");
        for (Metric m : Metric.values()) {
            assertThat(table).contains(m.label());
        }
        assertThat(ReportFormatter.timing(report)).startsWith("tagging time per row: mean ");
        String errors = ReportFormatter.errors(report);
        report.misses().forEach(m -> assertThat(errors).contains(m.rowId() + " (line " + m.line() + ") "
                + m.metric().label() + ": expected " + m.expected()));
    }

    @Test
    void shouldSkipRowsWithAnUnparseableDateOrTheWrongCellCountAndSayWhere() throws Exception {
        String csv = """
                event_id_cnty,event_date,country,notes,fatalities
                BAD1,32 May 2016,Mali,"On 32 May 2016, gunmen attacked Mopti, Mali.",0
                BAD2,06 May 2016,Mali
                OK1,2016-05-07,Mali,"On 7 May 2016, gunmen killed three civilians in Mopti, Mali.",3
                """;
        EvalReport r = new Evaluator(TestTagger.get())
                .evaluate(AcledCsv.read(new StringReader(csv)), null, Instant.EPOCH);

        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.rowsEvaluated()).isEqualTo(1);
        assertThat(r.skipped()).extracting(EvalReport.Skipped::line).containsExactly(2, 3);
        assertThat(r.skipped().get(0).reason()).isEqualTo("unparseable date '32 May 2016'");
        assertThat(r.skipped().get(1).reason()).contains("3 cells");
        assertThat(ReportFormatter.table(r)).contains("skipped line 2 (BAD1): unparseable date '32 May 2016'")
                .contains("skipped line 3: has 3 cells, the header has 5 columns");
        assertThat(r.byLanguage()).isEmpty();
    }

    @Test
    void shouldParseBothOfAcledsDateFormats() {
        assertThat(Evaluator.parseDate("01 December 2020")).hasValueSatisfying(d -> assertThat(d).hasToString("2020-12-01"));
        assertThat(Evaluator.parseDate("1 december 2020")).hasValueSatisfying(d -> assertThat(d).hasToString("2020-12-01"));
        assertThat(Evaluator.parseDate("2020-12-01")).hasValueSatisfying(d -> assertThat(d).hasToString("2020-12-01"));
        assertThat(Evaluator.parseDate("December 2020")).isEmpty();
        assertThat(Evaluator.parseDate("")).isEmpty();
    }

    @Test
    void shouldTakeTheFocusAdminAtEachLevel() {
        RegionTag town = RegionTag.newBuilder().setPlaceId("gn:1").setName("Djibo").setKind(RegionKind.PLACE)
                .setCountryCode("BF").setCountry("Burkina Faso").setAdmin1("Sahel").setAdmin2("Soum")
                .setConfidence(1).setMentions(java.util.List.of()).build();
        RegionTag province = RegionTag.newBuilder(town).setName("Soum").setKind(RegionKind.ADMIN2).setAdmin2(null).build();
        assertThat(Evaluator.focusAdmin(town, RegionKind.ADMIN1)).isEqualTo("Sahel");
        assertThat(Evaluator.focusAdmin(town, RegionKind.ADMIN2)).isEqualTo("Soum");
        assertThat(Evaluator.focusAdmin(province, RegionKind.ADMIN2)).isEqualTo("Soum");
        assertThat(Evaluator.focusAdmin(null, RegionKind.ADMIN1)).isNull();
    }
}
