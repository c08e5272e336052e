package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.pipeline.Reports.ANSONGO;
import static org.sahelwatch.pipeline.Reports.BOUREM;
import static org.sahelwatch.pipeline.Reports.GAO_REGION;
import static org.sahelwatch.pipeline.Reports.START;
import static org.sahelwatch.pipeline.Reports.aReport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.pipeline.IncidentStage.Published;

/** The incident stage's rules in event time, one case each, on synthetic reports. */
class IncidentAggregatorTest {

    private static final IncidentRules RULES = IncidentRules.defaults();

    private static IncidentStage stage() {
        return new IncidentStage(RULES, 1);
    }

    private static Map<String, Set<String>> inEventOrder(IncidentReport... reports) {
        IncidentStage stage = stage();
        List.of(reports).stream().sorted(IncidentGrouping.EVENT_ORDER).forEach(stage::send);
        return stage.incidents();
    }

    @Test
    void shouldMergeTwoIncidentsWhenALateReportFallsWithinTheGapOfBoth() {
        IncidentReport first = aReport("a").from("RFI").hoursAfterStart(0).build();
        IncidentReport third = aReport("c").from("AFP").hoursAfterStart(60).build();
        IncidentReport between = aReport("b").from("BBC").hoursAfterStart(30).build();
        IncidentStage stage = stage().send(first).send(third);
        assertThat(stage.incidents()).hasSize(2);
        String earlierId = stage.published().get(0).alertId();
        String laterId = stage.published().get(1).alertId();

        stage.send(between, START.plus(Duration.ofHours(61)).toEpochMilli());

        assertThat(stage.incidents()).containsExactly(Map.entry(earlierId, Set.of("a", "b", "c")));
        List<Published> afterBridge = stage.published().subList(2, stage.published().size());
        assertThat(afterBridge).extracting(Published::alertId).containsExactly(laterId, earlierId);
        assertThat(afterBridge.get(0).supersededBy()).isEqualTo(earlierId);
        assertThat(afterBridge.get(1).alert().getVersion()).isEqualTo(2);
        assertThat(afterBridge.get(1).alert().getStatus()).isEqualTo(AlertStatus.UPDATED);
    }

    @Test
    void shouldNameTheIncidentAfterItsEarliestReportWhenAnOlderReportArrivesLate() {
        IncidentReport older = aReport("old").from("RFI").hoursAfterStart(0).killing(3).build();
        IncidentReport newer = aReport("new").from("AFP").hoursAfterStart(10).killing(5).build();
        IncidentStage stage = stage().send(newer);
        String provisional = stage.published().get(0).alertId();

        stage.send(older, START.plus(Duration.ofHours(11)).toEpochMilli());

        assertThat(stage.incidents()).isEqualTo(inEventOrder(older, newer));
        ConflictAlert merged = stage.alerts().values().iterator().next();
        assertThat(merged.getAlertId()).isNotEqualTo(provisional);
        assertThat(merged.getStatus()).isEqualTo(AlertStatus.NEW);
        assertThat(merged.getFirstSeenAt()).isEqualTo(START);
        assertThat(merged.getLastSeenAt()).isEqualTo(START.plus(Duration.ofHours(10)));
        assertThat(merged.getFatalities()).isEqualTo(5);
        Published withdrawal = stage.published().get(1);
        assertThat(withdrawal.alertId()).isEqualTo(provisional);
        assertThat(withdrawal.supersededBy()).isEqualTo(merged.getAlertId());
    }

    @Test
    void shouldMergeAReportLateWithinTheGraceAsIfItHadComeInOrder() {
        IncidentReport first = aReport("a").from("RFI").hoursAfterStart(0).build();
        IncidentReport elsewhere = aReport("z").from("AFP").at(ANSONGO).hoursAfterStart(5 * 24).build();
        IncidentReport late = aReport("l").from("BBC").hoursAfterStart(12).build();

        IncidentStage stage = stage().send(first).send(elsewhere).send(late, START.plus(Duration.ofDays(5)).toEpochMilli());

        assertThat(stage.incidents()).isEqualTo(inEventOrder(first, elsewhere, late));
        assertThat(stage.counter("late-reports-dropped-total")).isZero();
    }

    @Test
    void shouldDropAndCountAReportThatArrivesAfterItsIncidentClosed() {
        IncidentStage stage = new IncidentStage(RULES.withGrace(Duration.ofDays(1)), 1);
        stage.send(aReport("a").from("RFI").hoursAfterStart(0).build());
        stage.send(aReport("z").from("AFP").at(ANSONGO).hoursAfterStart(10 * 24).build()); // the clock moves 10 days on
        int publishedBefore = stage.published().size();

        stage.send(aReport("l").from("BBC").hoursAfterStart(12).build(), START.plus(Duration.ofDays(10)).toEpochMilli());

        assertThat(stage.published()).hasSize(publishedBefore);
        assertThat(stage.counter("late-reports-dropped-total")).isEqualTo(1.0);
        assertThat(stage.reportsHeld()).as("the closed Bourem incident was forgotten").isEqualTo(1);
    }

    @Test
    void shouldJoinARegionLevelReportToTheNearestTownIncidentWithoutBridgingTwoTowns() {
        IncidentReport bourem = aReport("bourem").from("RFI").at(BOUREM).hoursAfterStart(0).build();
        IncidentReport ansongo = aReport("ansongo").from("AFP").at(ANSONGO).hoursAfterStart(20).build();
        IncidentReport region = aReport("region").from("BBC").at(GAO_REGION).hoursAfterStart(15).build();

        IncidentStage stage = stage().send(region).send(bourem).send(ansongo);

        assertThat(stage.incidents().values()).containsExactlyInAnyOrder(Set.of("bourem"), Set.of("ansongo", "region"));
        assertThat(stage.alerts().values()).extracting(a -> a.getLocation().getName()).containsOnly("Bourem", "Ansongo");
    }

    @Test
    void shouldHearTheSameOutletAgainInAnotherIncident() {
        IncidentReport monday = aReport("monday").from("RFI").hoursAfterStart(0).build();
        IncidentReport friday = aReport("friday").from("RFI").hoursAfterStart(100).build();

        IncidentStage stage = stage().send(friday).send(monday);

        assertThat(stage.incidents().values()).containsExactlyInAnyOrder(Set.of("monday"), Set.of("friday"));
    }

    @Test
    void shouldListACopyAsAlsoCarriedByWhicheverArrivesFirst() {
        IncidentReport original = aReport("orig").from("Reuters").hoursAfterStart(0).worded(1).build();
        IncidentReport copy = aReport("copy").from("Example Wire").hoursAfterStart(2).worded(1).build();

        ConflictAlert alert = stage().send(copy).send(original).alerts().values().iterator().next();

        assertThat(alert.getIndependentSources()).isEqualTo(1);
        assertThat(alert.getAlsoCarriedBy()).containsExactly("Example Wire");
        assertThat(alert.getSources()).extracting(s -> s.getArticleId() + ":" + s.getIndependent())
                .containsExactly("orig:true", "copy:false");
    }

    @Test
    void shouldCutAChainOfDailyReportsAtTheMaximumSpan() {
        IncidentStage stage = stage();
        for (int day = 0; day < 10; day++) {
            stage.send(aReport("d" + day).from("Outlet " + day).hoursAfterStart(day * 24L).build());
        }

        assertThat(stage.incidents().values()).containsExactlyInAnyOrder(
                Set.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"), Set.of("d8", "d9"));
    }

    @Test
    void shouldForgetClosedIncidentsSoThatTheStoreStaysBounded() {
        IncidentStage stage = stage();
        for (int day = 0; day < 60; day++) {
            stage.send(aReport("d" + day).from("Outlet " + day % 7).hoursAfterStart(day * 24L).build());
        }

        // kept: the incidents whose last report is within gap + grace (9 days) of the newest, with their span
        assertThat(stage.reportsHeld()).isLessThanOrEqualTo(9 + 8);
        assertThat(stage.incidents().size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void shouldPublishNoVersionTwice() {
        IncidentStage stage = stage();
        for (int i = 0; i < 12; i++) { // newest first: each one extends the incident backwards
            stage.send(aReport("r" + i).from("Outlet " + i).hoursAfterStart(100 - i * 7L).build(),
                    START.plus(Duration.ofHours(101)).toEpochMilli());
        }

        List<String> versions = stage.published().stream().filter(p -> !p.isWithdrawal())
                .map(p -> p.alertId() + "@" + p.alert().getVersion()).toList();
        assertThat(versions).doesNotHaveDuplicates();
    }
}
