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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sahelwatch.TestTagger;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.ArticlePublisher;

/**
 * The desk with two application instances on one real broker: the query API (answers, checks of its
 * input, its OpenAPI description), the live stream, health, metrics, and who may use what. Instance A
 * has a bearer token, instance B none; both share the secret for /internal/*.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "desk-it-token";
    private static final String SECRET = "desk-it-instances";

    private KafkaClusterTestKit cluster;
    private Path work;
    private int portA;
    private int portB;
    private StreamsRunner a;
    private StreamsRunner b;
    private final List<String> sseLines = new ArrayList<>();
    private CompletableFuture<Void> stream;

    @BeforeAll
    void startTwoInstancesAndPublish() throws Exception {
        cluster = InJvmKafka.start();
        work = Files.createTempDirectory("desk-it-");
        portA = freePort();
        portB = freePort();
        a = StreamsRunner.start(instance("a", portA, Map.of(SahelwatchConfig.DESK_TOKEN, TOKEN)), TestTagger.get());
        b = StreamsRunner.start(instance("b", portB, Map.of()), TestTagger.get());
        await().atMost(Duration.ofSeconds(90)).until(() -> a.state() == KafkaStreams.State.RUNNING
                && b.state() == KafkaStreams.State.RUNNING);
        stream = followStream(portB, sseLines);

        Map<String, RawArticle> reports = IncidentReports.load();
        try (ArticlePublisher publisher = new ArticlePublisher(cluster.bootstrapServers(), "sahelwatch.articles.raw")) {
            publisher.publish(List.of(reports.get("kidal-france24"), reports.get("kidal-bbc"),
                    reports.get("kidal-reuters"), reports.get("timbuktu-blockade-aljazeera"), tillaberi()));
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("sahelwatch.articles.raw", new byte[] {0x00, 0x13, 0x37})).get();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode list = getJson(portA, "/api/incidents");
            return list.size() >= 3 && containsSources(list, "Kidal", 3);
        });
    }

    @AfterAll
    void stopAll() throws Exception {
        if (stream != null) {
            stream.cancel(true);
        }
        for (AutoCloseable c : new AutoCloseable[] {a, b, cluster}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static RawArticle tillaberi() {
        return RawArticle.newBuilder().setId("tillaberi-attack").setSource("Test Wire")
                .setTitle("Gunmen kill twelve civilians near Tillabéri")
                .setBody("Gunmen attacked the town of Tillabéri in western Niger on Monday, killing twelve civilians,"
                        + " local officials said.")
                .setPublishedAt(Instant.parse("2023-11-20T08:00:00Z")).build();
    }

    private SahelwatchConfig instance(String name, int port, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                SahelwatchConfig.APPLICATION_ID, "sahelwatch-desk-it",
                SahelwatchConfig.STATE_DIR, work.resolve(name).toString(),
                SahelwatchConfig.DESK_PORT, String.valueOf(port),
                SahelwatchConfig.DESK_INTERNAL_SECRET, SECRET));
        values.putAll(extra);
        return SahelwatchConfig.load(null, Map.of(), values);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** GET with the instance's token, when it has one, and any extra headers. */
    private HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (port == portA) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> getWithout(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(int port, String path) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String error(int port, String path, int status) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body()).get("error").asText();
    }

    @Test
    void shouldAnswerTheSameQueriesFromEitherInstanceAndPushNewAlertsLive() throws Exception {
        JsonNode fromA = getJson(portA, "/api/incidents");
        JsonNode fromB = getJson(portB, "/api/incidents");
        assertThat(fromB).isEqualTo(fromA);
        for (JsonNode incident : fromA) {
            String id = incident.get("alertId").asText();
            JsonNode historyA = getJson(portA, "/api/incidents/" + id);
            assertThat(getJson(portB, "/api/incidents/" + id)).isEqualTo(historyA);
            assertThat(historyA.get("versions").size()).isEqualTo(incident.get("version").asInt());
        }
        assertThat(getJson(portB, "/api/incidents?country=ML").size()).isEqualTo(fromA.size() - 1);
        assertThat(getJson(portB, "/api/incidents?country=BF").size()).isZero();
        assertThat(getJson(portA, "/api/regions/Kidal/incidents")).extracting(n -> n.get("location").get("name").asText())
                .containsOnly("Kidal");
        assertThat(get(portA, "/api/incidents/sw-unknown").statusCode()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(30)).until(() -> sseText().contains("Timbuktu"));
        assertThat(sseText()).contains("event: alert");
        assertThat(getJson(portA, "/health").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void shouldAcceptCountryNamesAndMatchRegionNamesWithoutCaseOrAccents() throws Exception {
        assertThat(getJson(portA, "/api/incidents?country=Mali")).isEqualTo(getJson(portA, "/api/incidents?country=ML"));
        assertThat(getJson(portB, "/api/incidents?country=niger")).extracting(n -> n.get("location").get("name").asText())
                .containsExactly("Tillabéri");
        assertThat(getJson(portB, "/api/regions/Tillaberi/incidents"))
                .isEqualTo(getJson(portB, "/api/regions/Tillab%C3%A9ri/incidents"))
                .isEqualTo(getJson(portB, "/api/regions/TILLABERI/incidents"))
                .hasSize(1);
    }

    @Test
    void shouldFilterByMinimumSeverityAndEventType() throws Exception {
        JsonNode all = getJson(portA, "/api/incidents");
        JsonNode high = getJson(portA, "/api/incidents?severity=high");
        assertThat(high).isNotEmpty().hasSizeLessThan(all.size())
                .allMatch(n -> List.of("HIGH", "CRITICAL").contains(n.get("severity").asText()));
        assertThat(getJson(portA, "/api/incidents?eventType=BATTLES"))
                .isNotEmpty().allMatch(n -> n.get("eventType").asText().equals("BATTLES"));
        assertThat(getJson(portB, "/api/incidents?country=ML&eventType=violence_against_civilians")).isEmpty();
    }

    @Test
    void shouldRejectWhatItDoesNotKnowListingWhatItAccepts() throws Exception {
        assertThat(error(portA, "/api/incidents?country=Nigeria", 400)).isEqualTo("country 'Nigeria' is not one the"
                + " alerts cover: give one of ML (Mali), BF (Burkina Faso), NE (Niger), TD (Chad, Tchad),"
                + " MR (Mauritania, Mauritanie), by code or by name");
        assertThat(error(portA, "/api/incidents?severity=SEVERE", 400))
                .isEqualTo("severity 'SEVERE' is not one of LOW, MEDIUM, HIGH, CRITICAL (alerts of that severity or higher)");
        assertThat(error(portB, "/api/incidents?eventType=ATTACK", 400)).isEqualTo("eventType 'ATTACK' is not one of"
                + " BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, PROTESTS, RIOTS,"
                + " STRATEGIC_DEVELOPMENTS (ACLED's event types)");
        assertThat(error(portB, "/api/regions/Kidal/incidents?contry=ML", 400)).isEqualTo("unknown parameter 'contry':"
                + " this endpoint takes country, since, severity, eventType (see /openapi.json)");
        assertThat(error(portB, "/api/incidents?since=yesterday", 400)).contains("ISO-8601");
    }

    @Test
    void shouldServeItsOpenApiDescription() throws Exception {
        HttpResponse<String> response = getWithout(portB, "/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/incidents", "/api/incidents/{alertId}",
                "/api/regions/{admin1}/incidents", "/api/stream", "/health", "/metrics");
    }

    @Test
    void shouldCountDeadLettersByReasonAndArticlesByOutcomeOnEveryInstance() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Double> summed = sum(scrape(portA), scrape(portB));
            assertThat(summed).containsEntry("sahelwatch_deadletters_total{reason=\"UNDECODABLE\"}", 1.0)
                    .containsEntry("sahelwatch_deadletters_total{reason=\"BODY_TOO_LARGE\"}", 0.0)
                    .containsEntry("sahelwatch_articles_total{outcome=\"enriched\"}", 5.0)
                    .containsEntry("sahelwatch_articles_total{outcome=\"dead_lettered\"}", 1.0)
                    .containsEntry("sahelwatch_articles_total{outcome=\"duplicate\"}", 0.0);
        });
        String metrics = scrape(portA);
        assertThat(metrics).contains("sahelwatch_alerts_total{severity=\"CRITICAL\",status=\"ESCALATED\"}")
                .contains("sahelwatch_alert_latency_since_ingested_seconds_bucket").contains("kafka_stream_thread")
                .doesNotContain("kafka_stream_sahelwatch_");
    }

    @Test
    void shouldRefuseOtherHostsAndOriginsAndSendSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/static/app.js", "/api/incidents", "/health")) {
            HttpResponse<String> ok = getWithout(portB, path);
            assertThat(ok.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(ok.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(ok.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(RawHttp.get(portB, "/api/incidents", "rebound.example:" + portB).status()).isEqualTo(403);
        assertThat(RawHttp.get(portB, "/", "rebound.example").body())
                .contains("Host 'rebound.example' is not one the desk answers to").contains("desk.allowed.hosts");
        assertThat(RawHttp.get(portB, "/api/incidents", "localhost:" + portB).status()).isEqualTo(200);
        assertThat(getWithout(portB, "/api/incidents", "Origin", "http://rebound.example").statusCode()).isEqualTo(403);
        assertThat(getWithout(portB, "/api/incidents", "Origin", "http://localhost:" + portB).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNeedTheTokenForTheApiTheStreamAndMetrics() throws Exception {
        for (String path : List.of("/api/incidents", "/api/stream", "/metrics")) {
            HttpResponse<String> refused = getWithout(portA, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.body()).contains("Authorization: Bearer <desk.token>");
            assertThat(getWithout(portA, path, "Authorization", "Bearer wrong").statusCode()).as(path).isEqualTo(401);
        }
        assertThat(getWithout(portA, "/metrics", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(getWithout(portA, "/health").statusCode()).isEqualTo(200);
        assertThat(getWithout(portA, "/").statusCode()).isEqualTo(200);

        HttpResponse<String> login = getWithout(portA, "/?token=" + TOKEN + "&country=ML");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/?country=ML");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        assertThat(getWithout(portA, "/api/incidents", "Cookie", cookie.split(";")[0]).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerInternalQueriesOnlyWithTheInstancesSecret() throws Exception {
        assertThat(getWithout(portB, "/internal/incidents").statusCode()).isEqualTo(403);
        assertThat(getWithout(portB, "/internal/incidents", "X-Sahelwatch-Internal-Secret", "guess").statusCode())
                .isEqualTo(403);
        assertThat(getWithout(portB, "/internal/incidents", "X-Sahelwatch-Internal-Secret", SECRET).statusCode())
                .isEqualTo(200);
    }

    private static Map<String, Double> counters(String scrape) {
        Map<String, Double> values = new HashMap<>();
        Matcher m = Pattern.compile("^(sahelwatch_(?:deadletters|articles)_total\\{[^}]*\\}) (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return values;
    }

    private String scrape(int port) throws Exception {
        return get(port, "/metrics").body();
    }

    private static Map<String, Double> sum(String... scrapes) {
        Map<String, Double> total = new HashMap<>();
        for (String scrape : scrapes) {
            counters(scrape).forEach((k, v) -> total.merge(k, v, Double::sum));
        }
        return total;
    }

    private String sseText() {
        synchronized (sseLines) {
            return String.join("\n", sseLines);
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
