package org.sahelwatch.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.sahelwatch.desk.DeskMetrics;
import org.sahelwatch.desk.DeskServer;
import org.sahelwatch.pipeline.DeadLetters;
import org.sahelwatch.pipeline.PipelineNames;
import org.sahelwatch.pipeline.SurgeRule;
import org.sahelwatch.routing.Route;
import org.sahelwatch.routing.RouteTable;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.TopicCreator;
import org.sahelwatch.kafka.Topics;
import org.sahelwatch.pipeline.IncidentRules;
import org.sahelwatch.pipeline.SahelwatchTopology;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one running Sahelwatch application: creates its topics, starts Kafka Streams, and closes
 * it cleanly. A stream thread that fails on a broker error is replaced, a few times at most;
 * any other failure shuts the client down (never a silent retry loop): see {@link ThreadFailurePolicy}.
 */
public final class StreamsRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);

    /** A broker restart costs each thread one replacement; more than this in the window is an outage. */
    private static final int MAX_THREAD_REPLACEMENTS = 10;
    private static final Duration REPLACEMENT_WINDOW = Duration.ofMinutes(10);

    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private DeskServer desk;
    private String deskHost;

    private StreamsRunner(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Loads the dictionaries, creates missing topics and starts the application. */
    public static StreamsRunner start(SahelwatchConfig config) {
        Tagger tagger = Tagger.load(config.dictionarySource(), config.getList(SahelwatchConfig.GAZETTEER_FILES))
                .withTimeBudget(config.duration(SahelwatchConfig.TAGGING_MAX_MILLIS));
        return start(config, tagger);
    }

    public static StreamsRunner start(SahelwatchConfig config, Tagger tagger) {
        config.requireDeskTokenWhenExposed();
        Topics topics = Topics.from(config);
        SahelwatchTopology.Settings settings = settings(config, tagger, topics);
        List<String> names = new ArrayList<>(List.of(topics.raw().name(), topics.enriched().name(),
                topics.alerts().name(), topics.deadLetter().name(), topics.surges().name()));
        settings.routes().forEach(r -> names.add(r.topic()));
        Set<String> compacted = new HashSet<>(Set.of(topics.alerts().name()));
        settings.routes().forEach(r -> compacted.add(r.topic()));
        TopicCreator.ensure(config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS), names, compacted,
                config.getInt(SahelwatchConfig.TOPIC_PARTITIONS), config.getShort(SahelwatchConfig.TOPIC_REPLICATION_FACTOR));
        Properties props = StreamsProperties.from(config);
        boolean withDesk = config.getBoolean(SahelwatchConfig.DESK_ENABLED);
        int deskPort = withDesk ? deskPort(config.getInt(SahelwatchConfig.DESK_PORT)) : -1;
        if (withDesk) {
            // interactive queries: other instances find this one's stores at its desk
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, StreamsProperties.advertisedHost(config) + ":" + deskPort);
        }
        Topology topology = SahelwatchTopology.build(settings, topics, tagger, Clock.systemUTC(), props);
        log.debug("Topology:\n{}", topology.describe());
        KafkaStreams streams = new KafkaStreams(topology, props);
        StreamsRunner runner = new StreamsRunner(streams);
        streams.setUncaughtExceptionHandler(new ThreadFailurePolicy(MAX_THREAD_REPLACEMENTS, REPLACEMENT_WINDOW,
                Clock.systemUTC()));
        streams.setStateListener((now, before) -> {
            log.info("Kafka Streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                runner.stopped.countDown();
            }
        });
        streams.start();
        if (withDesk) {
            runner.deskHost = config.getString(SahelwatchConfig.DESK_HOST);
            runner.desk = DeskServer.start(deskSettings(config, deskPort, topics), streams);
        }
        return runner;
    }

    private static DeskServer.Settings deskSettings(SahelwatchConfig config, int deskPort, Topics topics) {
        return new DeskServer.Settings(config.getString(SahelwatchConfig.DESK_HOST), deskPort,
                StreamsProperties.advertisedHost(config), config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS),
                topics.alerts(), topics.surges(), PipelineNames.HISTORY_STORE,
                config.secret(SahelwatchConfig.DESK_TOKEN), config.secret(SahelwatchConfig.DESK_INTERNAL_SECRET),
                config.getList(SahelwatchConfig.DESK_ALLOWED_HOSTS), config.duration(SahelwatchConfig.HEALTH_STALL_TIMEOUT_MS),
                new DeskMetrics.PipelineSensors(PipelineNames.METRICS_SCOPE, DeadLetters.REASONS));
    }

    /** The topology settings from config, with the routes read and validated. */
    public static SahelwatchTopology.Settings settings(SahelwatchConfig config, Tagger tagger, Topics topics) {
        String routesFile = config.getString(SahelwatchConfig.ROUTES_FILE);
        List<Route> routes = routesFile.isBlank() ? List.of() : RouteTable.load(config.dictionarySource(), routesFile,
                tagger.dictionary().gazetteer(), tagger.dictionary().actors(),
                Set.of(topics.raw().name(), topics.enriched().name(), topics.alerts().name(),
                        topics.deadLetter().name(), topics.surges().name()));
        return new SahelwatchTopology.Settings(config.getInt(SahelwatchConfig.MAX_BODY_CHARS), config.duration(SahelwatchConfig.DEDUP_RETENTION_MS),
                new IncidentRules(config.duration(SahelwatchConfig.INCIDENT_QUIET_GAP_MS),
                        config.duration(SahelwatchConfig.INCIDENT_MAX_SPAN_MS), config.duration(SahelwatchConfig.INCIDENT_GRACE_MS),
                        config.getDouble(SahelwatchConfig.NEAR_DUPLICATE_SIMILARITY)),
                new SurgeRule(config.duration(SahelwatchConfig.SURGE_WINDOW_MS), config.duration(SahelwatchConfig.SURGE_BASELINE_MS),
                        config.getDouble(SahelwatchConfig.SURGE_FACTOR), config.getInt(SahelwatchConfig.SURGE_MIN_COUNT)),
                routes, config.duration(SahelwatchConfig.HISTORY_RETENTION_MS));
    }

    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Blocks until the application stops (closed, or shut down after an error). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public boolean awaitStop(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    /** The configured desk port, or a free one for 0 (known before Kafka Streams starts, for application.server). */
    private static int deskPort(int configured) {
        if (configured != 0) {
            return configured;
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot find a free port for the desk; set desk.port", e);
        }
    }

    /** The desk's address, when it runs. */
    public java.util.Optional<String> deskUrl() {
        return java.util.Optional.ofNullable(desk).map(d -> "http://" + deskHost + ":" + d.port() + "/");
    }

    @Override
    public void close() {
        if (desk != null) {
            desk.close();
        }
        streams.close(Duration.ofSeconds(30));
    }
}
