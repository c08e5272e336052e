package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as a person runs it: `demo` in its own JVM starts a broker and the
 * application, shows the Kidal alert, and stops within five seconds of Ctrl-C, its temporary data removed.
 */
class DemoCommandIT {

    @TempDir
    Path work;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void shouldShowTheKidalAlertAndExitWithinFiveSecondsOfCtrlC() throws Exception {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        try (JarProcess demo = JarProcess.start(work.resolve("demo.log"), List.of("-Djava.io.tmpdir=" + tmp), "demo",
                "--port", String.valueOf(freePort()), "--controller-port", String.valueOf(freePort()), "--desk-port", "0")) {
            demo.awaitOutput("Government regains territory in Kidal, Mali", Duration.ofSeconds(120));

            long signalled = System.nanoTime();
            demo.signal("INT");
            boolean exited = demo.awaitExit(Duration.ofSeconds(15));
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);

            assertThat(exited).as("the demo ended after Ctrl-C").isTrue();
            assertThat(took).as("time from Ctrl-C to the end of the process").isLessThan(Duration.ofSeconds(5));
            assertThat(demo.output()).contains("12 sample articles sent").contains("dashboard at http://127.0.0.1:")
                    .contains("Malian Armed Forces (FAMa) [STATE_FORCES]")
                    .contains("Coordination of Azawad Movements (CMA) [REBEL_GROUP]")
                    .contains("(18.4411, 1.4078)")
                    .doesNotContain("Kharkiv")
                    .contains("Demo stopped.");
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("temporary data left behind")
                        .noneMatch(name -> name.startsWith("sahelwatch-demo-"));
            }
        }
    }
}
