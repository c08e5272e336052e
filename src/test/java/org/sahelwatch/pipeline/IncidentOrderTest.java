package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.pipeline.Reports.ANSONGO;
import static org.sahelwatch.pipeline.Reports.BOUREM;
import static org.sahelwatch.pipeline.Reports.GAO_REGION;
import static org.sahelwatch.pipeline.Reports.aReport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.avro.Severity;

/**
 * The incident stage over random sets of reports, each case drawn from its seed (a failure names
 * the seed that reproduces it): the same set of reports gives the same incidents (alert ids, the
 * reports each holds, what each alert says) whatever order they arrive in and however many
 * partitions share them, as long as none arrives later than the grace.
 */
class IncidentOrderTest {

    /** Reports spread over ten days: the grace is longer, so every arrival order is within it. */
    private static final IncidentRules RULES = IncidentRules.defaults().withGrace(Duration.ofDays(30));
    private static final List<RegionTag> PLACES = List.of(BOUREM, ANSONGO, GAO_REGION);
    private static final List<String> OUTLETS = List.of("RFI", "AFP", "Reuters", "BBC News", "Studio Tamani", "AIB");
    private static final List<EventType> TYPES = List.of(EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 100);
    }

    /** Up to 30 reports at two towns and their region, over ten days, from six outlets, some of them copies. */
    private static List<IncidentReport> reports(Random random) {
        List<IncidentReport> out = new ArrayList<>();
        int count = 1 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            Reports report = aReport("r" + i).at(PLACES.get(random.nextInt(PLACES.size())))
                    .from(OUTLETS.get(random.nextInt(OUTLETS.size()))).hoursAfterStart(random.nextInt(241))
                    .rated(Severity.values()[random.nextInt(Severity.values().length)])
                    .of(TYPES.get(random.nextInt(TYPES.size())));
            if (random.nextInt(3) > 0) {
                report.killing(random.nextInt(41));
            }
            int wording = random.nextInt(8);
            out.add((wording < 3 ? report.worded(wording) : report).build());
        }
        return out;
    }

    private static IncidentStage inEventOrder(List<IncidentReport> reports) {
        List<IncidentReport> sorted = new ArrayList<>(reports);
        sorted.sort(IncidentGrouping.EVENT_ORDER);
        IncidentStage stage = new IncidentStage(RULES, 1);
        sorted.forEach(stage::send);
        return stage;
    }

    private static IncidentStage inRandomOrder(List<IncidentReport> reports, Random random, int partitions) {
        List<IncidentReport> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);
        IncidentStage stage = new IncidentStage(RULES, partitions);
        shuffled.forEach(stage::send);
        return stage;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldGiveTheSameIncidentsWhateverTheArrivalOrderAndPartitions(long seed) {
        Random random = new Random(seed);
        List<IncidentReport> reports = reports(random);
        IncidentStage reference = inEventOrder(reports);

        IncidentStage shuffled = inRandomOrder(reports, random, 1 + random.nextInt(4));

        assertThat(shuffled.incidents()).isEqualTo(reference.incidents());
        assertThat(withoutVersions(shuffled.alerts())).isEqualTo(withoutVersions(reference.alerts()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldNeverPublishAnAlertVersionTwice(long seed) {
        Random random = new Random(seed);

        IncidentStage stage = inRandomOrder(reports(random), random, 1);

        List<String> versions = stage.published().stream().filter(p -> !p.isWithdrawal())
                .map(p -> p.alertId() + "@" + p.alert().getVersion()).toList();
        assertThat(versions).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldSpanEachAlertFromItsFirstToItsLastListedReport(long seed) {
        Random random = new Random(seed);

        IncidentStage stage = inRandomOrder(reports(random), random, 1);

        for (ConflictAlert alert : stage.alerts().values()) {
            List<Instant> times = alert.getSources().stream().map(AlertSource::getPublishedAt).sorted().toList();
            assertThat(alert.getFirstSeenAt()).isEqualTo(times.get(0));
            assertThat(alert.getLastSeenAt()).isEqualTo(times.get(times.size() - 1));
        }
    }

    private static Map<String, ConflictAlert> withoutVersions(Map<String, ConflictAlert> alerts) {
        Map<String, ConflictAlert> out = new TreeMap<>();
        alerts.forEach((id, a) -> out.put(id, ConflictAlert.newBuilder(a).setVersion(1).setStatus(AlertStatus.NEW).build()));
        return out;
    }
}
