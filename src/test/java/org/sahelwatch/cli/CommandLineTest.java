package org.sahelwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.Articles;

/** The commands that need no broker, run through the real command line. */
class CommandLineTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute(args);
            assertThat(exit).as("exit code of %s", String.join(" ", args)).isZero();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldTagThePlainTextSeedArticleOffline() throws Exception {
        Path file = dir.resolve("kidal.txt");
        Files.writeString(file, Articles.resource("/samples/mali-army-takes-kidal.txt"));

        JsonNode enriched = new ObjectMapper().readTree(run("tag", "--source", "Modern Tokyo Times", file.toString()));

        assertThat(enriched.get("article").get("title").asText()).isEqualTo("Mali Army Takes Kidal from Tuareg Separatists");
        assertThat(enriched.get("article").get("publishedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(enriched.get("regions").findValuesAsText("name"))
                .contains("Mali", "Kidal", "Timbuktu", "Burkina Faso", "Niger", "Chad")
                .noneMatch(n -> n.contains("Tokyo"));
        assertThat(enriched.get("actors").findValuesAsText("actorId"))
                .contains("mali-armed-forces", "cma", "jnim", "islamic-state", "al-qaeda", "assimi-goita");
        assertThat(enriched.get("events").get(0).get("eventType").asText()).isEqualTo("BATTLES");
        assertThat(enriched.get("focus").get("name").asText()).isEqualTo("Kidal");
    }

    @Test
    void shouldSayInIngestHelpThatSkippedLinesGiveExitCode2() {
        String help = run("ingest", "--help");

        assertThat(help).contains("--create-topics").contains("Exit codes:")
                .containsPattern("2 +some lines were skipped \\(each is reported on standard error\\); the others\\s+were sent");
    }

    @Test
    void shouldPrintOneJsonObjectPerJsonLine() throws Exception {
        Path file = dir.resolve("two.jsonl");
        Files.writeString(file, """
                {"id":"a","source":"RFI","title":"Attaque à Djibo","body":"Des hommes armés ont attaqué Djibo.","publishedAt":"2023-11-26T10:00:00Z"}
                {"id":"b","source":"Reuters","title":"Kharkiv","body":"Russian forces shelled Kharkiv.","publishedAt":"2023-11-26T10:00:00Z"}
                """);

        String[] lines = run("tag", file.toString()).strip().split("\n");

        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines[0]).get("sahel").asBoolean()).isTrue();
        assertThat(new ObjectMapper().readTree(lines[1]).get("sahel").asBoolean()).isFalse();
    }
}
