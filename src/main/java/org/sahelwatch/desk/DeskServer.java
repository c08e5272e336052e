package org.sahelwatch.desk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.SurgeAlert;
import org.sahelwatch.kafka.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's HTTP server:
 * <ul>
 *   <li>{@code /} the live dashboard, {@code /static/*} its files;</li>
 *   <li>{@code /api/stream} alerts and surges as Server-Sent Events;</li>
 *   <li>{@code /api/incidents?country=&since=&severity=&eventType=}, {@code /api/incidents/{alertId}},
 *       {@code /api/regions/{admin1}/incidents}: the query API, correct across instances, described at
 *       {@code /openapi.json};</li>
 *   <li>{@code /health} (503, with the reason, unless Kafka Streams runs, every stream thread makes
 *       progress and the broker answers), {@code /metrics}.</li>
 * </ul>
 * {@code /internal/*} serves one instance's local part to the other instances. {@link DeskAccess}
 * decides who may call what.
 */
public final class DeskServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeskServer.class);

    /**
     * Where the desk listens, how other instances reach it, who may use it ({@link DeskAccess}), how long
     * a stream thread may go without progress before /health says so, and where the pipeline's counters are.
     */
    public record Settings(String host, int port, String advertisedHost, String bootstrapServers,
                           Topic<String, ConflictAlert> alertsTopic, Topic<String, SurgeAlert> surgesTopic,
                           String historyStore,
                           String token, String internalSecret, List<String> allowedHosts, Duration stallTimeout,
                           DeskMetrics.PipelineSensors sensors) { }

    private final Javalin app;
    private final IncidentQueries queries;
    private final DeskMetrics metrics;
    private final LiveFeed feed;
    private final KafkaStreams streams;
    private final String bootstrapServers;
    private final StreamThreadWatch threads;
    private final Admin admin;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sahelwatch-desk-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final byte[] indexHtml;
    private final byte[] openApi;

    private DeskServer(Settings settings, KafkaStreams streams) {
        this.streams = streams;
        this.bootstrapServers = settings.bootstrapServers();
        this.queries = new IncidentQueries(streams, settings.historyStore(),
                new HostInfo(settings.advertisedHost(), settings.port()), settings.internalSecret());
        this.metrics = new DeskMetrics(streams, settings.sensors());
        this.threads = new StreamThreadWatch(streams, settings.stallTimeout(), System::nanoTime);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()));
        this.indexHtml = resource("/desk/index.html");
        this.openApi = resource("/desk/openapi.json");
        this.feed = new LiveFeed(settings.bootstrapServers(), settings.alertsTopic(), settings.surgesTopic(),
                this::broadcast, metrics);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/desk";
                files.location = Location.CLASSPATH;
            });
        });
        DeskAccess access = new DeskAccess(DeskAccess.Settings.of(settings.token(), settings.internalSecret(),
                settings.allowedHosts(), settings.host(), settings.advertisedHost()));
        app.before(access::check);
        app.exception(DeskAccess.Refused.class, (e, ctx) -> ctx.status(e.status()).json(error(e.getMessage())));
        routes();
    }

    /** Starts the desk on {@code settings.host():settings.port()} (port 0 picks a free port). */
    public static DeskServer start(Settings settings, KafkaStreams streams) {
        DeskServer desk = new DeskServer(settings, streams);
        desk.app.start(settings.host(), settings.port());
        desk.feed.start();
        desk.heartbeat.scheduleAtFixedRate(desk::ping, 15, 15, TimeUnit.SECONDS);
        desk.heartbeat.scheduleAtFixedRate(desk.threads::sample, 0, 1, TimeUnit.SECONDS);
        log.info("Desk listening on http://{}:{}/", settings.host(), desk.port());
        return desk;
    }

    public int port() {
        return app.port();
    }

    private void routes() {
        app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(indexHtml));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/incidents", ctx -> ctx.json(queries.latest(filter(ctx, null))));
        app.get("/api/regions/{admin1}/incidents", ctx -> ctx.json(queries.latest(filter(ctx, ctx.pathParam("admin1")))));
        app.get("/api/incidents/{alertId}", ctx -> queries.history(ctx.pathParam("alertId")).ifPresentOrElse(ctx::json,
                () -> notFound(ctx, "no incident " + ctx.pathParam("alertId") + "; list them at /api/incidents")));
        app.get("/internal/incidents", ctx -> ctx.json(queries.localLatest(IncidentFilter.parse(ctx.queryParamMap(),
                IncidentFilter.INTERNAL_PARAMETERS, null))));
        app.get("/internal/incidents/{alertId}", ctx -> queries.localHistory(ctx.pathParam("alertId"))
                .ifPresentOrElse(ctx::json, () -> notFound(ctx, "no incident " + ctx.pathParam("alertId") + " here")));
        app.sse("/api/stream", client -> {
            client.keepAlive();
            client.onClose(() -> clients.remove(client));
            clients.add(client);
            feed.recentSurgesAsJson().forEach(s -> client.sendEvent("surge", s));
        });
        app.get("/health", this::health);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        app.exception(InvalidStateStoreException.class, (e, ctx) -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                .json(error("the incident store is not ready (" + e.getMessage() + "); retry in a few seconds")));
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage())));
        app.exception(IOException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_GATEWAY)
                .json(error("another instance could not answer its part: " + e.getMessage())));
    }

    private static IncidentFilter filter(Context ctx, String pathRegion) {
        return IncidentFilter.parse(ctx.queryParamMap(), IncidentFilter.PUBLIC_PARAMETERS, pathRegion);
    }

    /** UP (200) only when Kafka Streams runs, every stream thread makes progress and the broker answers; else 503 and why. */
    private void health(Context ctx) {
        KafkaStreams.State state = streams.state();
        List<String> reasons = new ArrayList<>();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            reasons.add("Kafka Streams is " + state);
        }
        reasons.addAll(threads.stalled());
        boolean brokerUp;
        try {
            brokerUp = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes().get(3, TimeUnit.SECONDS)
                    .size() > 0;
        } catch (Exception e) {
            brokerUp = false;
        }
        if (!brokerUp) {
            reasons.add("the broker at " + bootstrapServers + " does not answer");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", reasons.isEmpty() ? "UP" : "DOWN");
        body.put("streams", state.name());
        body.put("broker", brokerUp ? "reachable" : "unreachable");
        if (!reasons.isEmpty()) {
            body.put("reason", String.join("; ", reasons));
        }
        ctx.status(reasons.isEmpty() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    private void broadcast(String event, String json) {
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent(event, json);
            }
        }
    }

    private void ping() {
        clients.forEach(c -> c.sendComment("keep-alive"));
    }

    private static void notFound(Context ctx, String message) {
        ctx.status(HttpStatus.NOT_FOUND).json(error(message));
    }

    private static ObjectNode error(String message) {
        return JsonNodeFactory.instance.objectNode().put("error", message);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DeskServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the jar; rebuild with mvn package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(SseClient::close);
        feed.close();
        app.stop();
        admin.close();
        metrics.close();
    }
}
