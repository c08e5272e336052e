package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.ArticlePublisher;
import org.sahelwatch.kafka.AvroSerde;

/**
 * The consumer examples the README shows (examples/), run as they are against the application's
 * real output: the seed article goes through the application on the in-JVM broker, then each
 * example runs as a process and must print exactly the alerts a Java consumer reads.
 */
class ConsumerExamplesIT {

    private static final Path EXAMPLES = Path.of("examples");
    private static KafkaClusterTestKit cluster;
    private static StreamsRunner app;
    private static List<ConflictAlert> alerts;
    private static byte[] alertBytes;

    @TempDir
    static Path work;

    @BeforeAll
    static void publishTheSeedArticleThroughTheApplication() throws Exception {
        cluster = InJvmKafka.start();
        app = StreamsRunner.start(SahelwatchConfig.load(null, Map.of(), Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                SahelwatchConfig.APPLICATION_ID, "examples-it-" + UUID.randomUUID(),
                SahelwatchConfig.STATE_DIR, work.resolve("state").toString(),
                SahelwatchConfig.DESK_ENABLED, "false")), TestTagger.get());
        await().atMost(Duration.ofSeconds(60)).until(() -> app.state() == KafkaStreams.State.RUNNING);
        try (ArticlePublisher publisher = new ArticlePublisher(cluster.bootstrapServers(), "sahelwatch.articles.raw")) {
            publisher.publish(List.of(Articles.theKidalSeedArticle().build()));
        }
        readTheAlerts();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void shouldPrintEveryAlertWithTheNodeExample() throws Exception {
        Requirements.require(Files.isDirectory(EXAMPLES.resolve("node/node_modules/kafkajs")),
                "examples/node has no node_modules: run 'npm ci --prefix examples/node' (.ci/run does)");

        String out = runExample(List.of("node", "examples/node/consume-alerts.js"));

        assertThat(out.lines()).containsExactlyInAnyOrderElementsOf(expectedLines());
    }

    @Test
    void shouldPrintEveryAlertWithThePythonExampleOnDebianPackages() throws Exception {
        Requirements.require(succeeds(List.of("/usr/bin/python3", "-c", "import confluent_kafka, avro")),
                "Debian's python3-confluent-kafka and python3-avro are not installed: apt-get install"
                        + " python3-confluent-kafka python3-avro (.ci/run does)");

        String out = runExample(List.of("/usr/bin/python3", "examples/python/consume_alerts.py"));

        assertThat(out.lines()).containsExactlyInAnyOrderElementsOf(expectedLines());
    }

    @Test
    void shouldShowTheKeysAndTheSingleObjectHeaderWithKcat() throws Exception {
        Requirements.require(succeeds(List.of("kcat", "-V")), "kcat is not installed: apt-get install kcat (.ci/run does)");

        String out = runExample(List.of("sh", "examples/kcat/alerts.sh"));

        assertThat(out).contains("topic \"sahelwatch.alerts\" with 3 partitions");
        for (ConflictAlert alert : alerts) {
            assertThat(out).containsPattern("partition \\d offset \\d+ key " + alert.getAlertId() + " value \\d+ bytes");
        }
        String header = HexFormat.ofDelimiter(" ").formatHex(alertBytes, 0, 10);
        assertThat(out).contains("0000000 " + header).startsWith("Metadata for sahelwatch.alerts");
        assertThat(header).startsWith("c3 01");
    }

    /** What each example prints for each alert: {@code alertId vN SEVERITY headline}. */
    private static List<String> expectedLines() {
        return alerts.stream().map(a -> a.getAlertId() + " v" + a.getVersion() + " " + a.getSeverity() + " "
                + a.getHeadline()).toList();
    }

    private static void readTheAlerts() {
        // the seed article raises two alerts: the Kidal recapture and the Timbuktu blockade
        List<byte[]> values = CommittedValues.awaitFirst(cluster.bootstrapServers(), "sahelwatch.alerts", 2);
        AvroSerde<ConflictAlert> serde = AvroSerde.conflictAlert();
        alerts = values.stream().map(serde::decode).toList();
        alertBytes = values.get(0);
    }

    /** Runs an example from the project's folder, with the broker and a new group; answers what it printed. */
    private static String runExample(List<String> command) throws Exception {
        Path out = Files.createTempFile(work, "example", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(Map.of("KAFKA_BROKERS", cluster.bootstrapServers(),
                "GROUP_ID", "example-" + UUID.randomUUID(), "MAX_ALERTS", String.valueOf(alerts.size())));
        Process process = builder.start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(exited).as("%s ended within 90 s; it printed:%n%s", command, printed).isTrue();
        assertThat(process.exitValue()).as("%s exit code; it printed:%n%s", command, printed).isZero();
        return printed;
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
