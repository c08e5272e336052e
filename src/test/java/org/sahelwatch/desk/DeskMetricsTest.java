package org.sahelwatch.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.pipeline.DeadLetters;
import org.sahelwatch.pipeline.PipelineNames;

/** The desk's metrics before anything happened: every family present at zero, and Prometheus' linter content with ours. */
class DeskMetricsTest {

    private static final Path PROMTOOL = Path.of(System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool"));

    @TempDir
    Path dir;

    private KafkaStreams streams;
    private DeskMetrics metrics;

    @BeforeEach
    void createUnstartedStreams() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "desk-metrics-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        streams = new KafkaStreams(builder.build(), props);
        metrics = new DeskMetrics(streams, new DeskMetrics.PipelineSensors(PipelineNames.METRICS_SCOPE, DeadLetters.REASONS));
    }

    @AfterEach
    void close() {
        metrics.close();
        streams.close();
    }

    @Test
    void shouldShowEveryCounterAtZeroFromStartUp() {
        String scrape = metrics.scrape();

        for (String reason : DeadLetters.REASONS) {
            assertThat(scrape).contains("sahelwatch_deadletters_total{reason=\"" + reason + "\"} 0.0");
        }
        for (String outcome : List.of("enriched", "duplicate", "dead_lettered")) {
            assertThat(scrape).contains("sahelwatch_articles_total{outcome=\"" + outcome + "\"} 0.0");
        }
        assertThat(scrape).contains("sahelwatch_alerts_total{severity=\"LOW\",status=\"NEW\"} 0.0")
                .contains("sahelwatch_alerts_total{severity=\"CRITICAL\",status=\"ESCALATED\"} 0.0")
                .contains("# TYPE sahelwatch_deadletters_total counter");
    }

    @Test
    void shouldPassPromtoolCheckMetricsOnSahelwatchsOwnMetrics() throws Exception {
        assumeTrue(Files.isExecutable(PROMTOOL), "promtool not found at " + PROMTOOL
                + " (apt-get install prometheus, or set PROMTOOL); .ci/run installs it");
        String scrape = metrics.scrape();
        String own = scrape.lines().filter(l -> l.startsWith("sahelwatch_") || l.startsWith("# HELP sahelwatch_")
                || l.startsWith("# TYPE sahelwatch_")).collect(Collectors.joining("\n", "", "\n"));

        assertThat(own).contains("sahelwatch_deadletters_total", "sahelwatch_articles_total", "sahelwatch_alerts_total");
        assertThat(promtool(own)).as("promtool check metrics on the sahelwatch_* families").isEmpty();
        // Kafka's own metric names (kafka_*) carry abbreviated units ("_ns") and a "_count" gauge: Kafka's
        // names, kept as Kafka documents them; promtool may name those, and nothing else.
        assertThat(promtool(scrape).lines()).allMatch(line -> line.startsWith("kafka_"));
    }

    /** promtool's complaints about a scrape; empty when it is clean (exit code 0). */
    private String promtool(String scrape) throws Exception {
        Path file = Files.writeString(dir.resolve("metrics.txt"), scrape);
        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics")
                .redirectInput(file.toFile()).redirectErrorStream(true).start();
        String out = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(promtool.exitValue() == 0).as("exit code 0 exactly when promtool says nothing: " + out)
                .isEqualTo(out.isBlank());
        return out.strip();
    }
}
