package org.sahelwatch.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.streams.StreamsConfig;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.TaggingDictionary;

/** Sahelwatch's settings. Keys prefixed {@code streams.} are passed to Kafka Streams as they are. */
public final class SahelwatchConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String APPLICATION_ID = "application.id";
    public static final String STATE_DIR = "state.dir";
    public static final String PROCESSING_GUARANTEE = "processing.guarantee";
    public static final String NUM_STREAM_THREADS = "num.stream.threads";
    public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
    public static final String TOPIC_RAW = "topic.raw";
    public static final String TOPIC_ENRICHED = "topic.enriched";
    public static final String TOPIC_ALERTS = "topic.alerts";
    public static final String TOPIC_DEADLETTER = "topic.deadletter";
    public static final String TOPIC_SURGES = "topic.surges";
    public static final String INCIDENT_QUIET_GAP_MS = "incidents.quiet.gap.ms";
    public static final String INCIDENT_MAX_SPAN_MS = "incidents.max.span.ms";
    public static final String INCIDENT_GRACE_MS = "incidents.grace.ms";
    public static final String NEAR_DUPLICATE_SIMILARITY = "incidents.near.duplicate.min.similarity";
    public static final String SURGE_WINDOW_MS = "surges.window.ms";
    public static final String SURGE_BASELINE_MS = "surges.baseline.ms";
    public static final String SURGE_FACTOR = "surges.factor";
    public static final String SURGE_MIN_COUNT = "surges.min.count";
    public static final String ROUTES_FILE = "routes.file";
    public static final String HISTORY_RETENTION_MS = "desk.history.retention.ms";
    public static final String DESK_ENABLED = "desk.enabled";
    public static final String DESK_HOST = "desk.host";
    public static final String DESK_PORT = "desk.port";
    public static final String DESK_ADVERTISED_HOST = "desk.advertised.host";
    public static final String DESK_TOKEN = "desk.token";
    public static final String DESK_INTERNAL_SECRET = "desk.internal.secret";
    public static final String DESK_ALLOWED_HOSTS = "desk.allowed.hosts";
    public static final String HEALTH_STALL_TIMEOUT_MS = "health.stall.timeout.ms";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "topic.replication.factor";
    public static final String MAX_BODY_CHARS = "validate.max.body.chars";
    public static final String TAGGING_MAX_MILLIS = "tagging.max.millis";
    public static final String DEDUP_RETENTION_MS = "dedup.retention.ms";
    public static final String CONFIG_DIR = "dictionaries.dir";
    public static final String GAZETTEER_FILES = "gazetteer.files";
    public static final String OUTPUT_WIRE_FORMAT = "output.wire.format";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

    /** Prefix of keys handed to Kafka Streams untouched (streams.max.poll.records → max.poll.records). */
    public static final String STREAMS_PREFIX = "streams.";
    /** Prefix of environment variables: SAHELWATCH_TOPIC_RAW sets topic.raw. */
    public static final String ENV_PREFIX = "SAHELWATCH_";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", Importance.HIGH,
                    "Kafka brokers to connect to, host:port[,host:port].")
            .define(APPLICATION_ID, Type.STRING, "sahelwatch", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka Streams application id: consumer group, prefix of internal topics and state.")
            .define(STATE_DIR, Type.STRING, defaultStateDir(), Importance.MEDIUM,
                    "Directory of the local state stores (restored from changelogs when lost).")
            .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
                    ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.HIGH,
                    "exactly_once_v2 (default: nothing lost or doubled) or at_least_once.")
            .define(NUM_STREAM_THREADS, Type.INT, 1, Range.atLeast(1), Importance.MEDIUM,
                    "Stream threads in this instance; they share one immutable tagger.")
            .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.atLeast(1), Importance.LOW,
                    "How often to commit (and, under exactly-once, make output visible).")
            .define(TOPIC_RAW, Type.STRING, "sahelwatch.articles.raw", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Input: RawArticle records from the crawlers.")
            .define(TOPIC_ENRICHED, Type.STRING, "sahelwatch.articles.enriched", new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Output: every valid, new article with its tags (EnrichedArticle).")
            .define(TOPIC_ALERTS, Type.STRING, "sahelwatch.alerts", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Output: Sahel conflict alerts (ConflictAlert), key = alertId, compacted.")
            .define(TOPIC_DEADLETTER, Type.STRING, "sahelwatch.deadletter", new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Output: records that could not be processed (DeadLetter), with their bytes.")
            .define(TOPIC_SURGES, Type.STRING, "sahelwatch.surges", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Output: surge alerts (SurgeAlert), key = surgeId.")
            .define(INCIDENT_QUIET_GAP_MS, Type.LONG, Duration.ofHours(48).toMillis(),
                    Range.atLeast(Duration.ofMinutes(1).toMillis()), Importance.MEDIUM,
                    "Reports of one incident key (country, admin1, event type) merge while they come within this gap.")
            .define(INCIDENT_MAX_SPAN_MS, Type.LONG, Duration.ofDays(7).toMillis(),
                    Range.atLeast(Duration.ofMinutes(1).toMillis()), Importance.LOW,
                    "An incident spans at most this long from its first report (at least the quiet gap); a longer chain of reports is cut.")
            .define(INCIDENT_GRACE_MS, Type.LONG, Duration.ofDays(7).toMillis(), Range.atLeast(0L), Importance.MEDIUM,
                    "A report arriving up to this long behind the newest report of its incident key is merged as if it had come in order; a later one only joins an incident still open, else it is dropped and counted.")
            .define(NEAR_DUPLICATE_SIMILARITY, Type.DOUBLE, 0.5, Range.between(0.05, 1.0), Importance.LOW,
                    "Reports whose texts share at least this estimated fraction of word 3-shingles (MinHash) are copies of one story.")
            .define(SURGE_WINDOW_MS, Type.LONG, Duration.ofHours(24).toMillis(),
                    Range.atLeast(Duration.ofMinutes(1).toMillis()), Importance.MEDIUM,
                    "Surges compare new incidents per admin1 region in this window ...")
            .define(SURGE_BASELINE_MS, Type.LONG, Duration.ofDays(7).toMillis(),
                    Range.atLeast(Duration.ofMinutes(1).toMillis()), Importance.MEDIUM,
                    "... with the mean per window over this period before it.")
            .define(SURGE_FACTOR, Type.DOUBLE, 3.0, Range.atLeast(1.0), Importance.MEDIUM,
                    "A region surges when its count exceeds its baseline (at least 0.5) by this factor ...")
            .define(SURGE_MIN_COUNT, Type.INT, 3, Range.atLeast(1), Importance.MEDIUM,
                    "... and reaches at least this many incidents.")
            .define(ROUTES_FILE, Type.STRING, "routes.tsv", Importance.MEDIUM,
                    "Alert routes, under the dictionaries folder (or bundled); empty: no routes.")
            .define(HISTORY_RETENTION_MS, Type.LONG, Duration.ofDays(30).toMillis(),
                    Range.atLeast(Duration.ofHours(1).toMillis()), Importance.LOW,
                    "How long the query API keeps an alert's versions after its last report.")
            .define(DESK_ENABLED, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Start the desk's HTTP server (dashboard, query API, /health, /metrics) with the application.")
            .define(DESK_HOST, Type.STRING, "127.0.0.1", Importance.MEDIUM,
                    "Address the desk binds to (127.0.0.1: this machine only; 0.0.0.0: every interface).")
            .define(DESK_PORT, Type.INT, 8080, Range.between(0, 65535), Importance.MEDIUM,
                    "Port of the desk (0: any free port).")
            .define(DESK_ADVERTISED_HOST, Type.STRING, "", Importance.LOW,
                    "Host other instances use to reach this one's desk (empty: desk.host); becomes application.server.")
            .define(DESK_TOKEN, Type.PASSWORD, "", Importance.HIGH,
                    "Bearer token for the query API, the live stream and /metrics (empty: none). Required when"
                            + " desk.host is not a loopback address.")
            .define(DESK_INTERNAL_SECRET, Type.PASSWORD, "", Importance.MEDIUM,
                    "Secret the instances of one application share to call each other's /internal/* (the same on"
                            + " every instance; empty: /internal/* answers this machine only).")
            .define(DESK_ALLOWED_HOSTS, Type.LIST, "localhost,127.0.0.1,::1", Importance.MEDIUM,
                    "Host names the desk answers to (the Host and Origin headers), against DNS rebinding;"
                            + " desk.host and desk.advertised.host are added.")
            .define(HEALTH_STALL_TIMEOUT_MS, Type.LONG, Duration.ofSeconds(60).toMillis(),
                    Range.atLeast(Duration.ofSeconds(1).toMillis()), Importance.MEDIUM,
                    "/health answers 503 when a stream thread has completed no poll loop and no commit for this long.")
            .define(TOPIC_PARTITIONS, Type.INT, 3, Range.atLeast(1), Importance.MEDIUM,
                    "Partitions of the topics the application creates when they are missing.")
            .define(TOPIC_REPLICATION_FACTOR, Type.SHORT, (short) 1, Range.atLeast(1), Importance.MEDIUM,
                    "Replication factor of the topics (and internal topics) the application creates.")
            .define(MAX_BODY_CHARS, Type.INT, 200_000, Range.between(1_000, 10_000_000), Importance.MEDIUM,
                    "Articles with a longer body go to the dead letters (reason BODY_TOO_LARGE).")
            .define(TAGGING_MAX_MILLIS, Type.LONG, 2_000L, Range.between(1, 600_000), Importance.MEDIUM,
                    "Longest time tagging one article may take; an article that takes longer goes to the dead letters"
                            + " (reason TAGGING_TOO_SLOW) and the stream thread goes on with the next. Tagging is linear"
                            + " in the text (a 200,000-character body of the worst shapes measured took 0.04-0.3 s of CPU);"
                            + " keep this well under the"
                            + " transaction timeout (10 s under exactly-once).")
            .define(DEDUP_RETENTION_MS, Type.LONG, Duration.ofDays(7).toMillis(),
                    Range.atLeast(Duration.ofMinutes(1).toMillis()), Importance.MEDIUM,
                    "How long an article id or canonical URL is remembered to drop exact duplicates.")
            .define(CONFIG_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Folder holding gazetteer/, actors.tsv, events.tsv …; empty = the copy bundled in the jar.")
            .define(GAZETTEER_FILES, Type.LIST, String.join(",", TaggingDictionary.DEFAULT_GAZETTEER_FILES),
                    Importance.LOW, "Gazetteer files to load, under <dictionaries>/gazetteer/.")
            .define(OUTPUT_WIRE_FORMAT, Type.STRING, "single-object", ValidString.in("single-object", "confluent"),
                    Importance.MEDIUM, "Values on the output topics (enriched, alerts, routes, surges, dead letters):"
                            + " Avro single-object encoding, or the Confluent Schema Registry wire format (needs"
                            + " schema.registry.url).")
            .define(SCHEMA_REGISTRY_URL, Type.STRING, "", Importance.MEDIUM,
                    "Confluent-compatible schema registry (e.g. http://localhost:8081, or Apicurio's"
                            + " http://localhost:8080/apis/ccompat/v7), for output.wire.format=confluent.");

    private final Map<String, String> streamsOverrides;

    public SahelwatchConfig(Map<String, String> values) {
        super(DEFINITION, withoutStreamsKeys(values));
        Map<String, String> overrides = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(STREAMS_PREFIX)) {
                overrides.put(k.substring(STREAMS_PREFIX.length()), v);
            }
        });
        this.streamsOverrides = Map.copyOf(overrides);
    }

    /**
     * Layers the settings: declared defaults, then {@code file} (when given; a missing file is an
     * error), then environment variables, then {@code overrides} (command-line flags).
     */
    public static SahelwatchConfig load(Path file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        if (file != null) {
            values.putAll(readProperties(file));
        }
        values.putAll(fromEnvironment(environment));
        values.putAll(overrides);
        rejectUnknown(values, file);
        return new SahelwatchConfig(values);
    }

    /** Settings from a properties file. */
    public static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read the settings file " + file.toAbsolutePath() + ": " + e.getMessage()
                    + "; pass --config with a readable properties file, or omit it to use the defaults");
        }
        Map<String, String> values = new HashMap<>();
        props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k).trim()));
        return values;
    }

    /** The bundled defaults file's text (for documentation and tests). */
    public static InputStream bundledProperties() {
        return SahelwatchConfig.class.getResourceAsStream("/config/application.properties");
    }

    /** SAHELWATCH_TOPIC_RAW=x becomes topic.raw=x; SAHELWATCH_STREAMS_MAX_POLL_RECORDS → streams.max.poll.records. */
    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                values.put(key, value);
            }
        });
        return values;
    }

    private static void rejectUnknown(Map<String, String> values, Path file) {
        for (String key : values.keySet()) {
            if (!DEFINITION.names().contains(key) && !key.startsWith(STREAMS_PREFIX)) {
                throw new ConfigException("unknown setting '" + key + "'"
                        + (file == null ? "" : " (from " + file + " or the environment)")
                        + "; known settings are " + new TreeSet<>(DEFINITION.names())
                        + ", and any key prefixed 'streams.' is passed to Kafka Streams");
            }
        }
    }

    private static Map<String, String> withoutStreamsKeys(Map<String, String> values) {
        Map<String, String> kept = new HashMap<>();
        values.forEach((k, v) -> {
            if (!k.startsWith(STREAMS_PREFIX)) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static String defaultStateDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "sahelwatch-streams").toString();
    }

    /** Keys passed through to Kafka Streams (without the {@code streams.} prefix). */
    public Map<String, String> streamsOverrides() {
        return streamsOverrides;
    }

    /** Where the dictionaries are read from. */
    public DictionarySource dictionarySource() {
        String dir = getString(CONFIG_DIR);
        return dir.isBlank() ? DictionarySource.bundled() : DictionarySource.directory(Path.of(dir));
    }

    /**
     * Fails, naming the keys, when the desk would listen on an address other machines can reach without
     * a bearer token.
     */
    public void requireDeskTokenWhenExposed() {
        String host = getString(DESK_HOST);
        if (getBoolean(DESK_ENABLED) && !isLoopback(host) && secret(DESK_TOKEN).isBlank()) {
            throw new ConfigException(DESK_HOST + " is '" + host + "', which other machines can reach, so the desk"
                    + " needs a bearer token: set " + DESK_TOKEN + " (environment SAHELWATCH_DESK_TOKEN) to a long"
                    + " random string, e.g. the output of 'openssl rand -hex 32', or bind " + DESK_HOST
                    + " to 127.0.0.1");
        }
    }

    /** True for a loopback address or a name that resolves only to loopback ones ("localhost"). */
    public static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A secret setting's value, or empty. */
    public String secret(String key) {
        Password value = getPassword(key);
        return value == null ? "" : value.value();
    }

    public Duration duration(String key) {
        return Duration.ofMillis(getLong(key));
    }

}
