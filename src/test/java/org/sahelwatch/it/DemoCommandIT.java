package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sahelwatch.cli.Main;

/** The README's first command: `demo` starts a broker and the application and shows the Kidal alert. */
class DemoCommandIT {

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void shouldShowTheKidalAlertWithinItsRun() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("demo", "--port", String.valueOf(freePort()),
                    "--controller-port", String.valueOf(freePort()), "--desk-port", "0", "--duration", "30");
        } finally {
            System.setOut(saved);
        }
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).isZero();
        assertThat(printed).contains("12 sample articles sent").contains("dashboard at http://127.0.0.1:")
                .contains("Government regains territory in Kidal, Mali")
                .contains("Malian Armed Forces (FAMa) [STATE_FORCES]")
                .contains("Coordination of Azawad Movements (CMA) [REBEL_GROUP]")
                .contains("(18.4411, 1.4078)")
                .doesNotContain("Kharkiv")
                .contains("Demo stopped.");
    }
}
