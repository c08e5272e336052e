package org.sahelwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml and docker/Dockerfile, checked without a Docker engine (none runs on the project's
 * machines): what a Docker user needs (published broker and desk ports, a desk that listens on every
 * interface inside the container only, a healthcheck on each service), and the two linters of
 * docker/lint: dclint (the Compose Specification's schema and its rules) and dockerfile-utils.
 */
class DockerFilesTest {

    private static final Path COMPOSE = Path.of("docker", "compose.yaml");
    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final Path LINTERS = Path.of("docker", "lint", "node_modules", ".bin");

    private static JsonNode compose() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
    }

    @Test
    void shouldPublishTheBrokerAndDeskPortsWithAHealthcheckOnEachService() throws Exception {
        JsonNode services = compose().get("services");

        assertThat(services.get("kafka").get("ports").get(0).asText()).isEqualTo("127.0.0.1:9092:9094");
        assertThat(services.get("kafka").get("environment").get("KAFKA_ADVERTISED_LISTENERS").asText())
                .contains("HOST://localhost:9092");
        assertThat(services.get("sahelwatch").get("ports").get(0).asText()).isEqualTo("127.0.0.1:8080:8080");
        for (String service : List.of("kafka", "sahelwatch")) {
            assertThat(services.get(service).get("healthcheck").get("test")).as(service).isNotEmpty();
        }
        assertThat(services.get("sahelwatch").get("healthcheck").get("test").toString()).contains("GET /health");
    }

    @Test
    void shouldBindTheDeskToEveryInterfaceInsideTheContainerOnlyAndRequireAToken() throws Exception {
        String dockerfile = Files.readString(DOCKERFILE, StandardCharsets.UTF_8);

        assertThat(dockerfile).contains("ENV SAHELWATCH_DESK_HOST=0.0.0.0").contains("EXPOSE 8080").contains("USER sahelwatch");
        assertThat(compose().get("services").get("sahelwatch").get("environment").get("SAHELWATCH_DESK_TOKEN").asText())
                .startsWith("${SAHELWATCH_DESK_TOKEN:?");
        assertThat(Files.readString(Path.of("config", "application.properties"), StandardCharsets.UTF_8))
                .contains("\ndesk.host=127.0.0.1\n");
    }

    @Test
    void shouldPassTheComposeAndDockerfileLinters() throws Exception {
        assumeTrue(Files.isExecutable(LINTERS.resolve("dclint")) && Files.isExecutable(LINTERS.resolve("dockerfile-utils")),
                "Docker linters skipped: run 'npm ci --prefix docker/lint' first; .ci/run does it");

        assertThat(run(LINTERS.resolve("dclint").toString(), "--max-warnings", "0", COMPOSE.toString())).isEmpty();
        assertThat(run(LINTERS.resolve("dockerfile-utils").toString(), "lint", DOCKERFILE.toString())).isEmpty();
    }

    /** Runs a linter; returns its complaints (empty when it is content), failing on a non-zero exit. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
        return out;
    }
}
