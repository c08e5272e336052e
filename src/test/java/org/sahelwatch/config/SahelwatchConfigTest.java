package org.sahelwatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SahelwatchConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldLayerDefaultsFileEnvironmentAndFlags() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "topic.raw=from.file\ntopic.alerts=from.file\nnum.stream.threads=2\n");

        SahelwatchConfig config = SahelwatchConfig.load(file,
                Map.of("SAHELWATCH_TOPIC_ALERTS", "from.env", "SAHELWATCH_TOPIC_ENRICHED", "from.env", "PATH", "/bin"),
                Map.of("topic.enriched", "from.flag"));

        assertThat(config.getString(SahelwatchConfig.TOPIC_RAW)).isEqualTo("from.file");
        assertThat(config.getString(SahelwatchConfig.TOPIC_ALERTS)).isEqualTo("from.env");
        assertThat(config.getString(SahelwatchConfig.TOPIC_ENRICHED)).isEqualTo("from.flag");
        assertThat(config.getString(SahelwatchConfig.TOPIC_DEADLETTER)).isEqualTo("sahelwatch.deadletter");
        assertThat(config.getInt(SahelwatchConfig.NUM_STREAM_THREADS)).isEqualTo(2);
        assertThat(config.getString(SahelwatchConfig.PROCESSING_GUARANTEE)).isEqualTo("exactly_once_v2");
    }

    @Test
    void shouldPassStreamsPrefixedKeysToKafkaStreams() {
        SahelwatchConfig config = SahelwatchConfig.load(null, Map.of("SAHELWATCH_STREAMS_MAX_POLL_RECORDS", "50"), Map.of());

        assertThat(config.streamsOverrides()).containsEntry("max.poll.records", "50");
    }

    @Test
    void shouldFailOnAnUnknownKeyNamingIt() {
        assertThatThrownBy(() -> SahelwatchConfig.load(null, Map.of(), Map.of("topic.rwa", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown setting 'topic.rwa'");
    }

    @Test
    void shouldFailOnABadValueNamingTheKey() {
        assertThatThrownBy(() -> SahelwatchConfig.load(null, Map.of(), Map.of("processing.guarantee", "sometimes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("processing.guarantee");
    }

    @Test
    void shouldGiveEachArticleTwoSecondsOfTaggingUnlessSetOtherwise() {
        assertThat(SahelwatchConfig.load(null, Map.of(), Map.of()).duration(SahelwatchConfig.TAGGING_MAX_MILLIS))
                .hasMillis(2_000);
        assertThat(SahelwatchConfig.load(null, Map.of("SAHELWATCH_TAGGING_MAX_MILLIS", "500"), Map.of())
                .duration(SahelwatchConfig.TAGGING_MAX_MILLIS)).hasMillis(500);
        assertThatThrownBy(() -> SahelwatchConfig.load(null, Map.of(), Map.of("tagging.max.millis", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tagging.max.millis");
    }

    @Test
    void shouldShipDefaultsThatMatchTheDeclaredDefaults() throws Exception {
        SahelwatchConfig fromFile = SahelwatchConfig.load(Path.of("config", "application.properties"), Map.of(), Map.of());
        SahelwatchConfig declared = SahelwatchConfig.load(null, Map.of(), Map.of());

        for (String key : SahelwatchConfig.DEFINITION.names()) {
            if (!key.equals(SahelwatchConfig.STATE_DIR)) {
                assertThat(fromFile.values().get(key)).as(key).isEqualTo(declared.values().get(key));
            }
        }
    }
}
