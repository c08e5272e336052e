package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.Articles;
import org.sahelwatch.TestTagger;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.config.SahelwatchConfig;

/**
 * The dashboard in headless Chromium against the application on a real broker: the Kidal article is
 * ingested while the page is open, and its card and marker must appear without a reload
 * (src/test/browser/desk-e2e.mjs, Playwright). Skips, saying why, where no browser or Node
 * packages are installed; .ci/run installs both.
 */
class DashboardBrowserIT {

    private static final Path SCRIPT_DIR = Path.of("src", "test", "browser");

    @TempDir
    Path work;

    private static String chromium() {
        String configured = System.getenv("CHROMIUM");
        return configured != null ? configured : "/usr/bin/chromium";
    }

    @Test
    void shouldShowTheKidalCardAndMarkerLiveWithoutAReload() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(chromium())), "Browser test skipped: no Chromium at " + chromium()
                + " (apt-get install chromium, or set CHROMIUM); .ci/run installs it");
        assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")), "Browser test skipped: "
                + "run 'npm ci --prefix src/test/browser' first; .ci/run does it");
        Path jar = Path.of("target", "sahelwatch.jar");
        assumeTrue(Files.isRegularFile(jar), "Browser test skipped: target/sahelwatch.jar is missing (run mvn verify)");

        try (KafkaClusterTestKit cluster = InJvmKafka.start()) {
            int deskPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                deskPort = socket.getLocalPort();
            }
            SahelwatchConfig config = SahelwatchConfig.load(null, Map.of(), Map.of(
                    SahelwatchConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                    SahelwatchConfig.STATE_DIR, work.resolve("state").toString(),
                    SahelwatchConfig.DESK_PORT, String.valueOf(deskPort)));
            Path article = work.resolve("mali-army-takes-kidal.txt");
            Files.writeString(article, Articles.resource("/samples/mali-army-takes-kidal.txt"));
            try (StreamsRunner runner = StreamsRunner.start(config, TestTagger.get())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> runner.state() == KafkaStreams.State.RUNNING);
                String ingest = "java -jar " + jar.toAbsolutePath() + " ingest -b " + cluster.bootstrapServers()
                        + " --source 'Modern Tokyo Times' " + article.toAbsolutePath();
                ProcessBuilder node = new ProcessBuilder("node", "desk-e2e.mjs")
                        .directory(SCRIPT_DIR.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("browser.log").toFile());
                node.environment().put("DESK_URL", "http://127.0.0.1:" + deskPort + "/");
                node.environment().put("INGEST", ingest);
                node.environment().put("CHROMIUM", chromium());
                node.environment().put("SCREENSHOT", new File("target", "dashboard.png").getAbsolutePath());
                Process process = node.start();
                boolean finished = process.waitFor(180, TimeUnit.SECONDS);
                String log = Files.readString(work.resolve("browser.log"), StandardCharsets.UTF_8);
                System.out.println(log);
                assertThat(finished).as("the browser test finished in time").isTrue();
                assertThat(process.exitValue()).as(log).isZero();
                assertThat(log).contains("PASS: card and marker");
            }
        }
    }
}
