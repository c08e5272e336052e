package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.sahelwatch.Coverage;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.RawArticle;

/** Incidents decided by the reports' own times, whatever order the articles arrive in, on the production topology. */
class IncidentEventTimeTest {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final List<RawArticle> ARTICLES = Coverage.articles(12, 100, T0, Duration.ofDays(6));

    private static Map<String, Set<String>> incidentsAfter(List<RawArticle> arrivals) {
        return TopologyRun.incidents(TopologyRun.alerts(arrivals, Duration.ofHours(40)));
    }

    @Test
    void shouldBuildTheSameIncidentsWhateverTheArrivalOrder() {
        Map<String, Set<String>> inOrder = incidentsAfter(ARTICLES);
        List<RawArticle> newestFirst = new ArrayList<>(ARTICLES);
        Collections.reverse(newestFirst);

        List<Map<String, Set<String>>> others = List.of(incidentsAfter(Coverage.shuffled(ARTICLES, 1)),
                incidentsAfter(Coverage.shuffled(ARTICLES, 2)), incidentsAfter(newestFirst));

        assertThat(inOrder.values().stream().filter(reports -> reports.size() >= 2).count())
                .as("incidents told by several reports").isGreaterThanOrEqualTo(10);
        for (Map<String, Set<String>> other : others) {
            assertThat(other).isEqualTo(inOrder);
        }
    }

    @Test
    void shouldWithdrawNoAlertIdWhenArticlesArriveInPublicationOrder() {
        List<KeyValue<String, ConflictAlert>> published = TopologyRun.alerts(ARTICLES, Duration.ofHours(1));

        assertThat(published).isNotEmpty().allMatch(record -> record.value != null);
    }

    @Test
    void shouldSpanEachIncidentFromItsFirstToItsLastListedReport() {
        Map<String, ConflictAlert> alerts = TopologyRun.latest(TopologyRun.alerts(Coverage.shuffled(ARTICLES, 3),
                Duration.ofHours(40)));

        assertThat(alerts).isNotEmpty();
        for (ConflictAlert alert : alerts.values()) {
            List<Instant> times = alert.getSources().stream().map(AlertSource::getPublishedAt).sorted().toList();
            assertThat(alert.getFirstSeenAt()).as(alert.getAlertId()).isEqualTo(times.get(0));
            assertThat(alert.getLastSeenAt()).as(alert.getAlertId()).isEqualTo(times.get(times.size() - 1));
        }
    }
}
