package org.sahelwatch.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * {@code java -jar target/sahelwatch.jar run} as a process of its own (its own heap size), against
 * a broker of the test; its output goes to a file. Close stops it with SIGTERM.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code run} with the given heap and settings; returns once it has created its topics. */
    static AppProcess run(String maxHeap, Path work, String bootstrap, String... settings) throws IOException {
        Path jar = Path.of("target", "sahelwatch.jar");
        if (!Files.isReadable(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run 'mvn verify' (package comes first)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-jar", jar.toString(), "run", "-b", bootstrap,
                "--set", "state.dir=" + work.resolve("state"), "--set", "desk.enabled=false"));
        for (String setting : settings) {
            command.add("--set");
            command.add(setting);
        }
        Path log = work.resolve("app.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, log);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .failFast("the application exited", () -> !process.isAlive())
                .until(() -> topicsExist(bootstrap));
        return app;
    }

    private static boolean topicsExist(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listTopics().names().get().containsAll(List.of("sahelwatch.articles.raw",
                    "sahelwatch.articles.enriched", "sahelwatch.deadletter"));
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
