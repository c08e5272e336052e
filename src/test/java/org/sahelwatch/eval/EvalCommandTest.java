package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.cli.Main;

/** {@code sahelwatch eval} through the real command line. */
class EvalCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void shouldPrintTheTableTheMissesAndTheTaggingTime() throws Exception {
        Path csv = dir.resolve("acled.csv");
        Files.writeString(csv, EvaluatorTest.CSV);

        Run run = run("eval", "--acled", csv.toString(), "--errors");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ACLED evaluation: 4 rows\n")
                .contains("country                         4 / 4     = 1.000\n")
                .contains("language = en: 3 rows")
                .contains("rows read: 4, evaluated: 4, skipped: 0")
                .containsPattern("tagging time per row: mean [0-9.]+ ms");
    }

    @Test
    void shouldNameAMissingRequiredColumn() throws Exception {
        Path csv = dir.resolve("no-notes.csv");
        Files.writeString(csv, "event_id_cnty,country,admin1\nMLI1,Mali,Mopti\n");

        Run run = run("eval", "--acled", csv.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing required column notes; the header has: event_id_cnty, country, admin1");
    }
}
