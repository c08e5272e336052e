package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;

/** The whole path on a real Kafka broker: Kafka's own in-JVM KRaft test kit. */
class PipelineIT {

    private static KafkaClusterTestKit cluster;

    @TempDir
    Path work;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
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
