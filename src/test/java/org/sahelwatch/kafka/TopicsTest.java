package org.sahelwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.config.SahelwatchConfig;

/** The output topics' wire format, from the settings. */
class TopicsTest {

    @Test
    void shouldWriteSingleObjectEncodingByDefault() {
        Topics topics = Topics.from(new SahelwatchConfig(Map.of()));
        DeadLetter deadLetter = DeadLetter.newBuilder().setReason("UNDECODABLE").setMessage("m").setTopic("t")
                .setPartition(0).setOffset(1).build();

        byte[] bytes = topics.deadLetter().valueSerde().serializer().serialize("sahelwatch.deadletter", deadLetter);

        assertThat(bytes).startsWith(0xC3, 0x01);
        assertThat(topics.route("sahelwatch.alerts.mali").valueSerde()).isSameAs(topics.alerts().valueSerde());
    }

    @Test
    void shouldRefuseTheConfluentFormatWithoutARegistryUrl() {
        SahelwatchConfig config = new SahelwatchConfig(Map.of(SahelwatchConfig.OUTPUT_WIRE_FORMAT, "confluent"));

        assertThatThrownBy(() -> Topics.from(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url")
                .hasMessageContaining("output.wire.format=confluent needs the URL of a Confluent-compatible schema"
                        + " registry");
    }

    @Test
    void shouldStopWhenTheRegistryIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SahelwatchConfig config = new SahelwatchConfig(Map.of(SahelwatchConfig.OUTPUT_WIRE_FORMAT, "confluent",
                SahelwatchConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> Topics.from(config)).isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("schema registry http://127.0.0.1:" + closedPort + " unreachable while"
                        + " registering org.sahelwatch.avro.EnrichedArticle under subject sahelwatch.articles.enriched-value")
                .hasMessageContaining("check schema.registry.url and that the registry runs");
    }

    @Test
    void shouldRefuseUnknownWireFormats() {
        assertThatThrownBy(() -> new SahelwatchConfig(Map.of(SahelwatchConfig.OUTPUT_WIRE_FORMAT, "protobuf")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("output.wire.format");
    }
}
