package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KeyValue;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.Coverage;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.pipeline.IncidentRules;
import org.sahelwatch.pipeline.TopologyRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault test: the same articles, in a shuffled order, through a clean single-instance run and
 * through two instances of which one is killed with kill -9 mid-stream, with a broker restart on
 * top. Each instance is {@code sahelwatch run} from the packaged jar in a JVM of its own; the
 * broker is Kafka's in-JVM KRaft test kit, shut down and started again. Both runs must enrich every
 * article exactly once, publish no (alertId, version) twice, and end with the same incidents, each
 * holding the same reports, as the topology gives on TopologyTestDriver.
 *
 * <p>{@code -Dsahelwatch.fault.articles=N} sets the number of articles (default 240, the CI form).
 */
class IncidentFaultIT {

    private static final Logger log = LoggerFactory.getLogger(IncidentFaultIT.class);
    private static final int ARTICLES = Integer.getInteger("sahelwatch.fault.articles", 240);
    private static final long SEED = Long.getLong("sahelwatch.fault.seed", 7L);
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    /** Events over a day per 12 articles, reports up to ~3 days later: every arrival order is within the grace. */
    private static final Duration EVENTS_SPAN = Duration.ofDays(Math.max(1, ARTICLES / 12));
    private static final IncidentRules RULES = IncidentRules.defaults().withGrace(EVENTS_SPAN.plusDays(10));
    private static final Duration COMPLETION = Duration.ofSeconds(Math.max(240, ARTICLES / 2));
    private static final Path LOGS = Path.of("target", "incident-fault-it");

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

    /** One run of the application: its own application id and topics. */
    private record Run(String name) {
        String topic(String what) {
            return "fault-" + name + "." + what;
        }

        String applicationId() {
            return "sahelwatch-fault-" + name;
        }
    }

    @Test
    void shouldEnrichEachArticleOnceAndEndWithTheIncidentsOfACleanRunDespiteAKillAndABrokerRestart() throws Exception {
        List<RawArticle> arrivals = Coverage.shuffled(Coverage.articles(SEED, ARTICLES, START, EVENTS_SPAN), SEED);
        Run clean = new Run("clean");
        Run chaos = new Run("chaos");
        Files.createDirectories(LOGS);
        // the chaos run's two instances start with the clean one, and wait for their articles
        try (SahelwatchProcess single = start(clean, "single", "single");
             SahelwatchProcess a = start(chaos, "a", "a"); SahelwatchProcess b = start(chaos, "b", "b")) {
            Map<String, Set<String>> expected = TopologyRun.incidents(TopologyRun.alerts(arrivals, Duration.ZERO, RULES));
            assertThat(expected.values().stream().filter(reports -> reports.size() > 1)).as("merged incidents").isNotEmpty();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("articles", arrivals.size());
            figures.put("incidents", expected.size());
            figures.put("reports listed in incidents", expected.values().stream().mapToInt(Set::size).sum());
            awaitGroupMembers(clean, 1, Set.of());
            long cleanStarted = System.nanoTime();
            publish(clean, arrivals);
            awaitCompletion(clean, arrivals, expected, List.of(single));
            figures.put("clean run, first article sent to last incident complete (s)", seconds(cleanStarted));
            single.stop();
            figures.putAll(checkRun(clean, arrivals, expected));
            chaos(chaos, arrivals, expected, a, b, figures);
            report(figures);
        }
    }

    /**
     * Two instances; b is killed with kill -9 a sixth of the way and started again at once on its
     * state directory; the broker is restarted half-way, once b is back in the group.
     */
    private void chaos(Run chaos, List<RawArticle> arrivals, Map<String, Set<String>> expected,
                       SahelwatchProcess a, SahelwatchProcess b, Map<String, Object> figures) throws Exception {
        int third = arrivals.size() / 3;
        Set<String> beforeTheKill = awaitGroupMembers(chaos, 2, Set.of());
        long chaosStarted = System.nanoTime();
        publish(chaos, arrivals.subList(0, third));
        awaitEnriched(chaos, third / 2);
        b.kill();
        figures.put("articles enriched when instance b was killed (kill -9)", enrichedCount(chaos));
        try (SahelwatchProcess bAgain = start(chaos, "b", "b-restarted")) {
            publish(chaos, arrivals.subList(third, 2 * third));
            awaitEnriched(chaos, third + third / 2);
            awaitGroupMembers(chaos, 2, beforeTheKill); // a, and b started again
            restartTheBroker(a);
            figures.put("articles enriched when the broker went down", enrichedCount(chaos));
            publish(chaos, arrivals.subList(2 * third, arrivals.size()));
            awaitCompletion(chaos, arrivals, expected, List.of(a, bAgain));
            figures.put("chaos run, first article sent to last incident complete (s)", seconds(chaosStarted));
            bAgain.stop();
        }
        a.stop();
        figures.putAll(checkRun(chaos, arrivals, expected));
    }

    private SahelwatchProcess start(Run run, String instance, String logName) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("application.id", run.applicationId());
        settings.put("state.dir", work.resolve("state-" + run.name() + "-" + instance).toString());
        for (String topic : List.of("raw", "enriched", "alerts", "deadletter", "surges")) {
            settings.put("topic." + topic, run.topic(topic));
        }
        settings.put("routes.file", "");
        settings.put("desk.enabled", "false");
        settings.put("streams.session.timeout.ms", "10000"); // the survivor takes over a killed instance's tasks sooner
        settings.put("incidents.grace.ms", String.valueOf(RULES.grace().toMillis()));
        return SahelwatchProcess.run(run.name() + "-" + logName, cluster.bootstrapServers(), settings, LOGS);
    }

    private static void publish(Run run, List<RawArticle> articles) {
        AvroSerde<RawArticle> serde = AvroSerde.rawArticle();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (RawArticle article : articles) {
                producer.send(new ProducerRecord<>(run.topic("raw"), article.getId().getBytes(StandardCharsets.UTF_8),
                        serde.encode(article)));
            }
            producer.flush();
        }
    }

    /**
     * Waits until the run's group is stable with this many members, other than {@code before}; returns
     * their member ids (an instance started again on its state directory keeps its client id, not its member id).
     */
    private static Set<String> awaitGroupMembers(Run run, int count, Set<String> before) {
        Set<String> members = new java.util.HashSet<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(run.applicationId()))
                        .all().get().get(run.applicationId());
                members.clear();
                group.members().forEach(m -> members.add(m.consumerId()));
                return group.groupState() == GroupState.STABLE && members.size() == count && !members.equals(before);
            });
        }
        return members;
    }

    private static void awaitEnriched(Run run, int count) {
        await().atMost(COMPLETION).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> enrichedCount(run) >= count);
    }

    private static int enrichedCount(Run run) {
        return TopicContents.read(cluster.bootstrapServers(), run.topic("enriched")).size();
    }

    /** Shuts the broker down until the running instance has lost it, then starts it again. */
    private static void restartTheBroker(SahelwatchProcess running) throws Exception {
        long lostBefore = running.logLinesWith("could not be established");
        var broker = cluster.brokers().values().iterator().next();
        broker.shutdown();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                .until(() -> running.logLinesWith("could not be established") > lostBefore);
        broker.startup();
        cluster.waitForReadyBrokers();
    }

    /** Waits until every article is enriched and the alert topic holds exactly the expected incidents. */
    private static void awaitCompletion(Run run, List<RawArticle> articles, Map<String, Set<String>> expected,
                                        List<SahelwatchProcess> instances) {
        try {
            await().atMost(COMPLETION).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                    enrichedCount(run) >= articles.size() && incidents(run).equals(expected));
        } catch (ConditionTimeoutException e) {
            StringBuilder logs = new StringBuilder();
            for (SahelwatchProcess instance : instances) {
                String text = instance.log();
                logs.append("\n--- ").append(instance.name()).append(instance.isAlive() ? " (alive)" : " (dead)")
                        .append(", last lines:\n").append(text.substring(Math.max(0, text.length() - 4_000)));
            }
            throw new AssertionError("run " + run.name() + " did not reach the expected incidents within " + COMPLETION
                    + ": enriched " + enrichedCount(run) + " of " + articles.size() + ", incidents now " + incidents(run).size()
                    + " (expected " + expected.size() + ")" + logs, e);
        }
    }

    private static List<KeyValue<String, ConflictAlert>> alertRecords(Run run) {
        AvroSerde<ConflictAlert> serde = AvroSerde.conflictAlert();
        List<KeyValue<String, ConflictAlert>> records = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TopicContents.read(cluster.bootstrapServers(), run.topic("alerts"))) {
            records.add(KeyValue.pair(r.key(), r.value() == null ? null : serde.decode(r.value())));
        }
        return records;
    }

    private static Map<String, Set<String>> incidents(Run run) {
        return TopologyRun.incidents(alertRecords(run));
    }

    /** The run's guarantees, checked on its topics; returns its counts. */
    private static Map<String, Object> checkRun(Run run, List<RawArticle> articles, Map<String, Set<String>> expected) {
        AvroSerde<EnrichedArticle> enrichedSerde = AvroSerde.enrichedArticle();
        Map<String, Long> enrichedTimes = TopicContents.read(cluster.bootstrapServers(), run.topic("enriched")).stream()
                .map(r -> enrichedSerde.decode(r.value()).getArticle().getId())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<KeyValue<String, ConflictAlert>> alerts = alertRecords(run);
        List<String> versions = alerts.stream().filter(r -> r.value != null)
                .map(r -> r.value.getAlertId() + "@" + r.value.getVersion()).toList();

        assertThat(enrichedTimes.keySet()).as(run.name() + ": articles enriched")
                .isEqualTo(articles.stream().map(RawArticle::getId).collect(Collectors.toSet()));
        assertThat(enrichedTimes.values()).as(run.name() + ": times each article was enriched").containsOnly(1L);
        assertThat(versions).as(run.name() + ": (alertId, version) published").doesNotHaveDuplicates();
        assertThat(TopologyRun.incidents(alerts)).as(run.name() + ": incidents").isEqualTo(expected);
        assertThat(TopicContents.read(cluster.bootstrapServers(), run.topic("deadletter"))).as(run.name() + ": dead letters")
                .isEmpty();

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put(run.name() + " run, alert versions published", versions.size());
        counts.put(run.name() + " run, alert ids withdrawn (tombstones)", alerts.size() - versions.size());
        return counts;
    }

    private static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void report(Map<String, Object> figures) throws IOException {
        StringBuilder text = new StringBuilder("IncidentFaultIT figures\n");
        figures.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        Files.writeString(LOGS.resolve("figures.txt"), text, StandardCharsets.UTF_8);
        log.info("{}", text);
    }
}
