package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.desk.DeskMetrics;
import org.sahelwatch.desk.DeskServer;

/**
 * /health tells the truth about a stream thread held by one record: Kafka Streams still says RUNNING,
 * but the thread completes no poll loop and no commit, and /health turns 503 with the reason; once the
 * record is let go, it is UP again. The record is held by a processor that waits on a latch.
 */
class HealthStallIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STALL_LIMIT = Duration.ofSeconds(3);

    @TempDir
    Path work;

    @Test
    void shouldAnswer503WithTheReasonWhileAStreamThreadIsHeldByOneRecord() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (KafkaClusterTestKit cluster = InJvmKafka.start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("stall.in", 1, (short) 1), new NewTopic("stall.out", 1, (short) 1),
                        new NewTopic("stall.alerts", 1, (short) 1), new NewTopic("stall.surges", 1, (short) 1)))
                        .all().get(30, TimeUnit.SECONDS);
            }
            KafkaStreams streams = new KafkaStreams(holdingTopology(release), properties(cluster.bootstrapServers()));
            DeskServer desk = null;
            try {
                streams.start();
                desk = DeskServer.start(new DeskServer.Settings("127.0.0.1", 0, "127.0.0.1", cluster.bootstrapServers(),
                        new org.sahelwatch.kafka.Topic<>("stall.alerts", org.apache.kafka.common.serialization.Serdes.String(),
                                org.sahelwatch.kafka.AvroSerde.conflictAlert()),
                        new org.sahelwatch.kafka.Topic<>("stall.surges", org.apache.kafka.common.serialization.Serdes.String(),
                                org.sahelwatch.kafka.AvroSerde.surgeAlert()), "no-store", "", "", List.of("127.0.0.1"), STALL_LIMIT,
                        new DeskMetrics.PipelineSensors("sahelwatch", List.of())), streams);
                int port = desk.port();
                await().atMost(Duration.ofSeconds(60)).until(() -> status(port) == 200);

                send(cluster.bootstrapServers(), "hold");

                await().atMost(Duration.ofSeconds(30)).until(() -> status(port) == 503);
                JsonNode health = health(port);
                assertThat(health.get("streams").asText()).isEqualTo("RUNNING");
                assertThat(health.get("reason").asText()).matches("stream thread \\S+-StreamThread-1 has completed no"
                        + " poll loop and no commit for \\d+ s \\(health.stall.timeout.ms is 3000 ms\\)");

                release.countDown();
                await().atMost(Duration.ofSeconds(60)).until(() -> status(port) == 200);
            } finally {
                release.countDown();
                if (desk != null) {
                    desk.close();
                }
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    /** stall.in → stall.out, holding a record whose value is "hold" until released. */
    private static org.apache.kafka.streams.Topology holdingTopology(CountDownLatch release) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("stall.in", Consumed.with(Serdes.String(), Serdes.String()).withName("stall-source"))
                .peek((k, v) -> {
                    if (v.equals("hold")) {
                        try {
                            release.await(2, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }, Named.as("stall-hold"))
                .to("stall.out", Produced.with(Serdes.String(), Serdes.String()).withName("stall-sink"));
        return builder.build();
    }

    private Properties properties(String bootstrap) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "health-stall-it");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state").toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        return props;
    }

    private static void send(String bootstrap, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("stall.in", "k", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(int port) throws Exception {
        return get(port).statusCode();
    }

    private static JsonNode health(int port) throws Exception {
        return JSON.readTree(get(port).body());
    }
}
