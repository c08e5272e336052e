package org.sahelwatch.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the harness starts on its own classpath (the bench jar holds the whole application): the
 * broker or the application, each a process of its own so that its CPU time and heap are its own.
 * Output goes to a log file; {@link #close} stops it the way Ctrl-C would (SIGTERM, so the
 * application's shutdown hook closes Kafka Streams), and forcibly after 30 s.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(String name, List<String> jvmArgs, String mainClass, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildJvm(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name + " JVM (" + String.join(" ", command) + ")", e);
        }
    }

    /** The java launcher running this harness, so the children run on the same JDK. */
    static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The JDK tool next to the java launcher (jcmd, jfr). */
    static String jdkTool(String tool) {
        Path java = Path.of(javaCommand());
        Path sibling = java.getParent() == null ? null : java.getParent().resolve(tool);
        return sibling != null && sibling.toFile().canExecute() ? sibling.toString() : tool;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the process has used so far (user + system, all threads). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Fails, pointing at the log, when the process has already exited. */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the " + name + " JVM exited with code " + process.exitValue()
                    + "; its output is in " + log);
        }
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
