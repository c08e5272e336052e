package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.Articles;
import org.sahelwatch.TestTagger;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.AlertConsumer;
import org.sahelwatch.kafka.ArticlePublisher;
import org.sahelwatch.kafka.Topics;

/**
 * output.wire.format=confluent against a real registry: Apicurio Registry 3.3.3 (its
 * Confluent-compatible API), started from its distribution, which needs Java 21+. .ci/run unpacks it
 * and names it and a Java 21+ in APICURIO_REGISTRY_HOME and APICURIO_REGISTRY_JAVA.
 */
class SchemaRegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Process registry;
    private static String registryUrl;
    private static KafkaClusterTestKit cluster;

    @TempDir
    static Path work;

    @BeforeAll
    static void startTheRegistryAndTheBroker() throws Exception {
        String skip = System.getenv("APICURIO_REGISTRY_SKIP");
        assumeTrue(skip == null || skip.isBlank(), skip);
        String home = System.getenv("APICURIO_REGISTRY_HOME");
        String java = System.getenv("APICURIO_REGISTRY_JAVA");
        Requirements.require(home != null && java != null && Files.isReadable(Path.of(home, "quarkus-run.jar")),
                "no schema registry to test against: set APICURIO_REGISTRY_HOME to an unpacked"
                        + " io.apicurio:apicurio-registry-app:3.3.3:tar.gz:all and APICURIO_REGISTRY_JAVA to a Java 21+"
                        + " (.ci/run does both)");
        int port = freePort();
        registry = new ProcessBuilder(java, "-Xmx512m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + freePort(),
                "-jar", Path.of(home, "quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("registry.log").toFile()).start();
        registryUrl = "http://127.0.0.1:" + port + "/apis/ccompat/v7";
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(250))
                .failFast("the registry exited", () -> !registry.isAlive())
                .until(() -> answers(registryUrl + "/subjects"));
        cluster = InJvmKafka.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (registry != null) {
            registry.destroy();
            if (!registry.waitFor(20, TimeUnit.SECONDS)) {
                registry.destroyForcibly();
            }
        }
    }

    @Test
    void shouldPublishAlertsAndArticlesInTheConfluentWireFormatWithTheIdsTheRegistryGave() throws Exception {
        SahelwatchConfig config = SahelwatchConfig.load(null, Map.of(), Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                SahelwatchConfig.APPLICATION_ID, "registry-it-" + UUID.randomUUID(),
                SahelwatchConfig.STATE_DIR, work.resolve("state").toString(),
                SahelwatchConfig.DESK_ENABLED, "false",
                SahelwatchConfig.OUTPUT_WIRE_FORMAT, "confluent",
                SahelwatchConfig.SCHEMA_REGISTRY_URL, registryUrl));
        try (StreamsRunner app = StreamsRunner.start(config, TestTagger.get());
             ArticlePublisher publisher = new ArticlePublisher(cluster.bootstrapServers(), "sahelwatch.articles.raw")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> app.state() == KafkaStreams.State.RUNNING);
            publisher.publish(List.of(Articles.theKidalSeedArticle().build()));

            List<byte[]> alerts = CommittedValues.awaitFirst(cluster.bootstrapServers(), "sahelwatch.alerts", 2);
            List<byte[]> articles = CommittedValues.awaitFirst(cluster.bootstrapServers(), "sahelwatch.articles.enriched", 1);

            // what a downstream service does: the id after the magic byte, the writer schema from the registry
            JsonNode latest = get("/subjects/sahelwatch.alerts-value/versions/latest");
            Schema registered = new Schema.Parser().parse(latest.path("schema").asText());
            assertThat(SchemaNormalization.parsingFingerprint64(registered))
                    .isEqualTo(SchemaNormalization.parsingFingerprint64(ConflictAlert.getClassSchema()));
            for (byte[] value : alerts) {
                assertThat(value[0]).isZero();
                assertThat(ByteBuffer.wrap(value, 1, 4).getInt()).isEqualTo(latest.path("id").asInt());
                GenericRecord alert = genericRead(registered, value);
                assertThat(alert.get("alertId").toString()).startsWith("sw-");
            }
            int articleId = ByteBuffer.wrap(articles.get(0), 1, 4).getInt();
            Schema articleSchema = new Schema.Parser().parse(get("/schemas/ids/" + articleId).path("schema").asText());
            assertThat(articleSchema.getFullName()).isEqualTo(EnrichedArticle.getClassSchema().getFullName());
            assertThat(genericRead(articleSchema, articles.get(0)).get("article").toString()).contains("mtt-kidal-2023");

            // and the application's own readers (tail, the desk) read the format back
            List<ConflictAlert> tailed = new ArrayList<>();
            try (AlertConsumer tail = new AlertConsumer(cluster.bootstrapServers(), Topics.from(config).alerts(), true)) {
                tail.follow(tailed::add, 2);
            }
            assertThat(tailed).extracting(ConflictAlert::getHeadline)
                    .anyMatch(h -> h.startsWith("Government regains territory in Kidal, Mali"));
        }
    }

    private static GenericRecord genericRead(Schema writer, byte[] value) throws IOException {
        return new GenericDatumReader<GenericRecord>(writer)
                .read(null, DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(registryUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static boolean answers(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
