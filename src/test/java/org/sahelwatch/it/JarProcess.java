package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code sahelwatch} command in a JVM of its own ({@code java -jar target/sahelwatch.jar …}), so that
 * a test can stop it the way a person or an orchestrator does: SIGINT (Ctrl-C), SIGTERM, or kill -9.
 * Standard output is kept line by line; standard error (the logs) goes to a file.
 */
final class JarProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "sahelwatch.jar");

    private final Process process;
    private final Path log;
    private final List<String> lines = new ArrayList<>();

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread reader = new Thread(this::readOutput, "jar-process-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java <jvmArgs> -jar target/sahelwatch.jar <args>}, its logs in {@code log}. */
    static JarProcess start(Path log, List<String> jvmArgs, String... args) throws IOException {
        assertThat(JAR).as("the application jar (mvn package builds it before the integration tests)").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // C1 only and the serial collector: a short-lived JVM starts a few seconds sooner on a busy 2-core machine
        command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new JarProcess(process, log);
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Everything printed so far. */
    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Waits until a line containing {@code text} has been printed. */
    void awaitOutput(String text, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                .failFast("the process ended before printing '" + text + "':\n" + output() + "\n" + logTail(),
                        () -> !process.isAlive() && !output().contains(text))
                .until(() -> output().contains(text));
    }

    /** Sends a POSIX signal (INT, TERM, KILL) to the process. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -%s %d", name, process.pid()).isTrue();
    }

    /** Waits for the process to end; true when it did within {@code atMost}. */
    boolean awaitExit(Duration atMost) throws InterruptedException {
        return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** The last lines of the process's log, for failure messages. */
    String logTail() {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process (kill -9) if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
