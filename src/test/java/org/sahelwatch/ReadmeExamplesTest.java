package org.sahelwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README shows the consumer examples that ConsumerExamplesIT runs, as they are: each file, linked,
 * and its whole text in a code block. Edit the file, then paste it into the README.
 */
class ReadmeExamplesTest {

    @ParameterizedTest
    @CsvSource({"examples/node/consume-alerts.js, js", "examples/python/consume_alerts.py, python",
            "examples/kcat/alerts.sh, sh"})
    void shouldShowEveryConsumerExampleVerbatimAndLinkIt(String file, String language) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String example = Files.readString(Path.of(file), StandardCharsets.UTF_8);

        assertThat(readme).contains("](" + file + ")");
        assertThat(readme).as("README.md shows %s as it is", file).contains("```" + language + "\n" + example + "```\n");
    }
}
