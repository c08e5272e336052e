package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;
import java.util.List;
import java.util.Map;
import org.sahelwatch.TestTagger;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.ArticlePublisher;

/** The whole path on a real Kafka broker: Kafka's own in-JVM KRaft test kit. */
class PipelineIT {

    private static KafkaClusterTestKit cluster;

    @TempDir
    Path work;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = InJvmKafka.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void shouldTurnTheSeedArticleIntoAnAvroAlertOnARealBroker() throws Exception {
        try (KidalScenario scenario = new KidalScenario(cluster.bootstrapServers(), work.resolve("state"))) {
            scenario.ingestTheSeedArticle(work);

            ConflictAlert kidal = scenario.awaitTheKidalAlert();

            assertThat(kidal.getSources()).extracting(s -> s.getSource()).containsExactly("Modern Tokyo Times");
        }
    }

    @Test
    void shouldKeepIncidentStateAcrossARestartAndDuplicateNoVersion() throws Exception {
        Map<String, RawArticle> reports = IncidentReports.load();
        SahelwatchConfig config = SahelwatchConfig.load(null, Map.of(), Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                SahelwatchConfig.APPLICATION_ID, "sahelwatch-restart-it",
                SahelwatchConfig.STATE_DIR, work.resolve("state-before").toString(),
                SahelwatchConfig.TOPIC_ALERTS, "restart.alerts",
                SahelwatchConfig.TOPIC_RAW, "restart.raw",
                SahelwatchConfig.TOPIC_ENRICHED, "restart.enriched",
                SahelwatchConfig.TOPIC_DEADLETTER, "restart.deadletter",
                SahelwatchConfig.TOPIC_SURGES, "restart.surges",
                SahelwatchConfig.DESK_ENABLED, "false"));
        AlertReader alerts = new AlertReader(cluster.bootstrapServers(), "restart.alerts");

        try (StreamsRunner first = StreamsRunner.start(config, TestTagger.get());
             ArticlePublisher publisher = new ArticlePublisher(cluster.bootstrapServers(), "restart.raw")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> first.state() == KafkaStreams.State.RUNNING);
            publisher.publish(List.of(reports.get("kidal-france24"))); // one by one: versions follow arrival order
            alerts.awaitVersion(1);
            publisher.publish(List.of(reports.get("kidal-bbc")));
            alerts.awaitVersion(2);
        }

        // a new instance with an empty state directory must restore the incident from its changelog
        SahelwatchConfig restarted = new SahelwatchConfig(withStateDir(config, work.resolve("state-after")));
        try (StreamsRunner second = StreamsRunner.start(restarted, TestTagger.get());
             ArticlePublisher publisher = new ArticlePublisher(cluster.bootstrapServers(), "restart.raw")) {
            publisher.publish(List.of(reports.get("kidal-reuters")));
            alerts.awaitVersion(3);
            publisher.publish(List.of(reports.get("kidal-reuters-syndicated"))); // the copy comes after the original
            ConflictAlert latest = alerts.awaitVersion(4);

            assertThat(latest.getIndependentSources()).isEqualTo(3);
            assertThat(latest.getAlsoCarriedBy()).containsExactly("Example News Africa");
            assertThat(alerts.versionsOf(latest.getAlertId())).containsExactly(1, 2, 3, 4);
            assertThat(new AlertReader(cluster.bootstrapServers(), "sahelwatch.alerts.mali").awaitVersion(4).getAlertId())
                    .isEqualTo(latest.getAlertId());
        }
    }

    private static Map<String, String> withStateDir(SahelwatchConfig config, Path stateDir) {
        Map<String, String> values = new java.util.HashMap<>();
        config.originals().forEach((k, v) -> values.put(k, String.valueOf(v)));
        values.put(SahelwatchConfig.STATE_DIR, stateDir.toString());
        return values;
    }

    @Test
    void shouldDeadLetterGarbageBytesAndKeepRunning() throws Exception {
        try (KidalScenario scenario = new KidalScenario(cluster.bootstrapServers(), work.resolve("state"))) {
            scenario.sendRawBytes(new byte[] {0x00, 0x13, 0x37});

            DeadLetter dl = scenario.awaitADeadLetter();
            assertThat(dl.getReason()).isEqualTo("UNDECODABLE");
            assertThat(dl.getValue().remaining()).isEqualTo(3);

            scenario.ingestTheSeedArticle(work);
            scenario.awaitTheKidalAlert();
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    .until(() -> scenario.state() == KafkaStreams.State.RUNNING);
        }
    }
}
