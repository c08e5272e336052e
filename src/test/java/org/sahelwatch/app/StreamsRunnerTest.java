package org.sahelwatch.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.config.SahelwatchConfig;

/** Start-up checks that come before any connection to Kafka. */
class StreamsRunnerTest {

    @Test
    void shouldRefuseToExposeTheDeskWithoutAToken() {
        SahelwatchConfig exposed = SahelwatchConfig.load(null, Map.of(), Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, "127.0.0.1:9", SahelwatchConfig.DESK_HOST, "0.0.0.0"));

        assertThatThrownBy(() -> StreamsRunner.start(exposed, TestTagger.get()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("desk.host is '0.0.0.0', which other machines can reach, so the desk needs a bearer token:"
                        + " set desk.token (environment SAHELWATCH_DESK_TOKEN) to a long random string, e.g. the output"
                        + " of 'openssl rand -hex 32', or bind desk.host to 127.0.0.1");
    }
}
