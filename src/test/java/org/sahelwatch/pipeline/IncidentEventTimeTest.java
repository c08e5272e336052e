package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.sahelwatch.Coverage;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.kafka.Topics;

/** Incidents decided by the reports' own times, whatever order the reports arrive in. */
class IncidentEventTimeTest {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Topics TOPICS = Topics.from(new SahelwatchConfig(Map.of()));

    /** Each alert id still on the (compacted) alerts topic, with the article ids of its sources. */
    private static Map<String, Set<String>> incidentsAfter(List<RawArticle> arrivals) {
        Map<String, ConflictAlert> latest = new TreeMap<>();
        for (KeyValue<String, ConflictAlert> record : run(arrivals)) {
            if (record.value == null) {
                latest.remove(record.key);
            } else {
                latest.put(record.key, record.value);
            }
        }
        Map<String, Set<String>> incidents = new TreeMap<>();
        latest.forEach((id, alert) -> incidents.put(id,
                new TreeSet<>(alert.getSources().stream().map(AlertSource::getArticleId).toList())));
        return incidents;
    }

    /** Runs the production topology over the articles, in this order, and returns the alerts topic. */
    private static List<KeyValue<String, ConflictAlert>> run(List<RawArticle> arrivals) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sahelwatch-event-time-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        try (TopologyTestDriver driver = new TopologyTestDriver(SahelwatchTopology.build(SahelwatchTopology.Settings.defaults(),
                TOPICS, TestTagger.get(), Clock.fixed(T0, ZoneOffset.UTC), props), props, T0)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(TOPICS.raw().name(),
                    Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
            TestOutputTopic<String, ConflictAlert> alerts = driver.createOutputTopic(TOPICS.alerts().name(),
                    Serdes.String().deserializer(), AvroSerde.conflictAlert().deserializer());
            for (RawArticle article : arrivals) {
                raw.pipeInput(article.getId().getBytes(StandardCharsets.UTF_8), AvroSerde.rawArticle().encode(article),
                        article.getPublishedAt().plus(Duration.ofHours(40)));
            }
            return alerts.readKeyValuesToList();
        }
    }

    @Test
    void shouldBuildTheSameIncidentsWhateverTheArrivalOrder() {
        List<RawArticle> articles = Coverage.of(12, 40, T0, Duration.ofDays(6));

        Map<String, Set<String>> inOrder = incidentsAfter(articles);
        List<Map<String, Set<String>>> shuffled = new ArrayList<>();
        for (long seed : new long[] {1, 2}) {
            shuffled.add(incidentsAfter(Coverage.shuffled(articles, seed)));
        }
        List<RawArticle> newestFirst = new ArrayList<>(articles);
        java.util.Collections.reverse(newestFirst);
        shuffled.add(incidentsAfter(newestFirst));

        assertThat(inOrder.values().stream().filter(reports -> reports.size() >= 2).count())
                .as("incidents told by several reports").isGreaterThanOrEqualTo(10);
        for (Map<String, Set<String>> other : shuffled) {
            assertThat(other).isEqualTo(inOrder);
        }
    }
}
