package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.TestTagger;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.ArticlePublisher;

/** The desk's query API, health, metrics and live stream, with two application instances on one real broker. */
class DeskIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
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

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private SahelwatchConfig instance(String name, int port) {
        return SahelwatchConfig.load(null, Map.of(), Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                SahelwatchConfig.APPLICATION_ID, "sahelwatch-desk-it",
                SahelwatchConfig.STATE_DIR, work.resolve(name).toString(),
                SahelwatchConfig.DESK_PORT, String.valueOf(port)));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(int port, String path) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void shouldAnswerTheSameQueriesFromEitherInstanceAndPushNewAlertsLive() throws Exception {
        int portA = freePort();
        int portB = freePort();
        Map<String, RawArticle> reports = IncidentReports.load();
        try (StreamsRunner a = StreamsRunner.start(instance("a", portA), TestTagger.get());
             StreamsRunner b = StreamsRunner.start(instance("b", portB), TestTagger.get());
             ArticlePublisher publisher = new ArticlePublisher(cluster.bootstrapServers(), "sahelwatch.articles.raw")) {
            await().atMost(Duration.ofSeconds(90)).until(() -> a.state() == KafkaStreams.State.RUNNING
                    && b.state() == KafkaStreams.State.RUNNING);
            assertThat(getJson(portA, "/health").get("status").asText()).isEqualTo("UP");

            List<String> sseLines = new ArrayList<>();
            CompletableFuture<Void> stream = followStream(portB, sseLines);
            publisher.publish(List.of(reports.get("kidal-france24"), reports.get("kidal-bbc"),
                    reports.get("kidal-reuters"), reports.get("timbuktu-blockade-aljazeera")));

            await().atMost(Duration.ofSeconds(90)).until(() -> {
                JsonNode list = getJson(portA, "/api/incidents");
                return list.size() >= 2 && containsSources(list, "Kidal", 3);
            });
            JsonNode fromA = getJson(portA, "/api/incidents");
            JsonNode fromB = getJson(portB, "/api/incidents");
            assertThat(fromB).isEqualTo(fromA);
            for (JsonNode incident : fromA) {
                String id = incident.get("alertId").asText();
                JsonNode historyA = getJson(portA, "/api/incidents/" + id);
                assertThat(getJson(portB, "/api/incidents/" + id)).isEqualTo(historyA);
                assertThat(historyA.get("versions").size()).isEqualTo(incident.get("version").asInt());
            }
            assertThat(getJson(portB, "/api/incidents?country=ML").size()).isEqualTo(fromA.size());
            assertThat(getJson(portB, "/api/incidents?country=BF").size()).isZero();
            assertThat(getJson(portA, "/api/regions/Kidal/incidents")).extracting(n -> n.get("location").get("name").asText())
                    .containsOnly("Kidal");
            assertThat(get(portA, "/api/incidents/sw-unknown").statusCode()).isEqualTo(404);

            await().atMost(Duration.ofSeconds(30)).until(() -> sseLines.stream().anyMatch(l -> l.contains("Timbuktu")));
            assertThat(sseLines).contains("event: alert");

            String metrics = get(portA, "/metrics").body();
            assertThat(metrics).contains("sahelwatch_alerts_total").contains("sahelwatch_alert_latency_since_ingested_seconds_bucket")
                    .contains("kafka_stream");
            stream.cancel(true);
        }
    }

    /** Whether an incident at this place lists this many sources: its version depends on the order they arrived in. */
    private static boolean containsSources(JsonNode list, String place, int sources) {
        for (JsonNode n : list) {
            if (n.get("location").get("name").asText().equals(place) && n.get("sources").size() >= sources) {
                return true;
            }
        }
        return false;
    }

    /** Reads the SSE stream line by line in the background. */
    private static CompletableFuture<Void> followStream(int port, List<String> lines) throws Exception {
        HttpResponse<java.io.InputStream> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/stream")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // stream closed
            }
        });
    }
}
