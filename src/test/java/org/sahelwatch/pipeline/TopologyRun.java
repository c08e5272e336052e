package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.kafka.Topics;

/** The production topology on TopologyTestDriver over a list of articles, and what its alert topic holds after. */
public final class TopologyRun {

    private static final Topics TOPICS = Topics.from(new SahelwatchConfig(Map.of()));

    private TopologyRun() {
    }

    /**
     * Runs the default topology over the articles, in this order, each received by Kafka
     * {@code receivedAfter} after its publication; returns every record of the alerts topic.
     */
    public static List<KeyValue<String, ConflictAlert>> alerts(List<RawArticle> arrivals, Duration receivedAfter) {
        return alerts(arrivals, receivedAfter, IncidentRules.defaults());
    }

    /** The same with these incident rules. */
    public static List<KeyValue<String, ConflictAlert>> alerts(List<RawArticle> arrivals, Duration receivedAfter,
                                                               IncidentRules rules) {
        Instant now = arrivals.isEmpty() ? Instant.EPOCH : arrivals.get(0).getPublishedAt();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sahelwatch-topology-run");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        try (TopologyTestDriver driver = new TopologyTestDriver(SahelwatchTopology.build(SahelwatchTopology.Settings.defaults().withIncidents(rules),
                TOPICS, TestTagger.get(), Clock.fixed(now, ZoneOffset.UTC), props), props, now)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(TOPICS.raw().name(),
                    Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
            TestOutputTopic<String, ConflictAlert> alerts = driver.createOutputTopic(TOPICS.alerts().name(),
                    Serdes.String().deserializer(), AvroSerde.conflictAlert().deserializer());
            for (RawArticle article : arrivals) {
                raw.pipeInput(article.getId().getBytes(StandardCharsets.UTF_8), AvroSerde.rawArticle().encode(article),
                        article.getPublishedAt().plus(receivedAfter));
            }
            return alerts.readKeyValuesToList();
        }
    }

    /** What a reader of a compacted alert topic holds at the end: the latest version of each alert id not deleted. */
    public static Map<String, ConflictAlert> latest(List<KeyValue<String, ConflictAlert>> records) {
        Map<String, ConflictAlert> latest = new TreeMap<>();
        for (KeyValue<String, ConflictAlert> record : records) {
            if (record.value == null) {
                latest.remove(record.key);
            } else {
                latest.put(record.key, record.value);
            }
        }
        return latest;
    }

    /** Each alert id still on the topic, with the article ids of its sources. */
    public static Map<String, Set<String>> incidents(List<KeyValue<String, ConflictAlert>> records) {
        Map<String, Set<String>> incidents = new TreeMap<>();
        latest(records).forEach((id, alert) -> incidents.put(id,
                new TreeSet<>(alert.getSources().stream().map(AlertSource::getArticleId).toList())));
        return incidents;
    }
}
