package org.sahelwatch.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code sahelwatch run} from the packaged jar, in a JVM of its own, its output in a log file.
 * {@code mvn verify} packages the jar before the integration tests run.
 */
final class SahelwatchProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "sahelwatch.jar");

    private final String name;
    private final Process process;
    private final Path log;

    private SahelwatchProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code run} against the broker with these settings (each passed as {@code --set key=value}). */
    static SahelwatchProcess run(String name, String bootstrap, Map<String, String> settings, Path logDir) {
        if (!Files.isReadable(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run 'mvn -B verify' (or 'mvn package' first)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", JAR.toAbsolutePath().toString(), "run", "--bootstrap-servers", bootstrap));
        settings.forEach((key, value) -> command.addAll(List.of("--set", key + "=" + value)));
        Path log = logDir.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new SahelwatchProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no clean close, an open transaction left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook closes Kafka Streams cleanly. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** How many lines of its log contain this text. */
    long logLinesWith(String text) {
        return log().lines().filter(line -> line.contains(text)).count();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
