package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.TestTagger;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.ArticlePublisher;

/**
 * The {@code broker} command as a person runs it, in its own JVM: stopped with SIGTERM or kill -9 and
 * started again on the same data, it keeps its cluster id and its records; an application that was
 * running against it carries on by itself once it is back.
 */
class BrokerRestartIT {

    private static final Duration READY = Duration.ofSeconds(90);

    @TempDir
    Path work;

    private int brokerPort;
    private int controllerPort;

    private JarProcess startBroker() throws Exception {
        if (brokerPort == 0) {
            brokerPort = freePort();
            controllerPort = freePort();
        }
        JarProcess broker = JarProcess.start(work.resolve("broker.log"), List.of(), "broker",
                "--port", String.valueOf(brokerPort), "--controller-port", String.valueOf(controllerPort),
                "--data-dir", work.resolve("broker-data").toString());
        broker.awaitOutput("Kafka broker listening on", READY);
        return broker;
    }

    private String bootstrap() {
        return "127.0.0.1:" + brokerPort;
    }

    @Test
    void shouldKeepItsRecordsAcrossSigtermAndKill9RestartsWhileARunningApplicationCarriesOn() throws Exception {
        JarProcess broker = startBroker();
        int deskPort = freePort();
        SahelwatchConfig config = SahelwatchConfig.load(null, Map.of(), Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, bootstrap(),
                SahelwatchConfig.APPLICATION_ID, "sahelwatch-broker-restart-it",
                SahelwatchConfig.STATE_DIR, work.resolve("state").toString(),
                SahelwatchConfig.TOPIC_PARTITIONS, "1",
                SahelwatchConfig.DESK_PORT, String.valueOf(deskPort)));
        try (StreamsRunner app = StreamsRunner.start(config, TestTagger.get())) {
            await().atMost(READY).until(() -> app.state() == KafkaStreams.State.RUNNING);
            publish(article("before-sigterm"));
            await().atMost(READY).until(() -> enrichedIds().contains("before-sigterm"));

            broker.signal("TERM");
            assertThat(broker.awaitExit(Duration.ofSeconds(60))).as("the broker stops on SIGTERM").isTrue();
            broker = startBroker();
            publish(article("before-kill"));
            await().atMost(READY).until(() -> enrichedIds().contains("before-kill"));

            broker.signal("KILL");
            assertThat(broker.awaitExit(Duration.ofSeconds(30))).isTrue();
            broker = startBroker();
            publish(article("after-kill"));
            await().atMost(READY).until(() -> enrichedIds().contains("after-kill"));

            assertThat(enrichedIds()).containsExactly("before-sigterm", "before-kill", "after-kill");
            await().atMost(READY).until(() -> health(deskPort) == 200);
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(broker.logTail()).doesNotContain("Invalid cluster.id");
        } finally {
            broker.close();
        }
    }

    private static RawArticle article(String id) {
        return RawArticle.newBuilder().setId(id).setSource("Test Wire").setTitle("Gunmen attack Djibo")
                .setBody("Gunmen attacked the town of Djibo in Burkina Faso on Monday, killing five civilians.")
                .setPublishedAt(Instant.parse("2023-11-20T08:00:00Z")).build();
    }

    private void publish(RawArticle article) {
        try (ArticlePublisher publisher = new ArticlePublisher(bootstrap(), "sahelwatch.articles.raw")) {
            publisher.publish(List.of(article));
        }
    }

    /** The ids of every committed enriched article, read from the beginning without a consumer group. */
    private List<String> enrichedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("sahelwatch.articles.enriched", Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < end.get(p))) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    ids.add(EnrichedArticle.getDecoder().decode(r.value()).getArticle().getId());
                }
            }
        }
        return ids;
    }

    private static int health(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
