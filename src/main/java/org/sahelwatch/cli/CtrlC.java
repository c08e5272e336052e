package org.sahelwatch.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) or SIGTERM for a command whose main thread does its own clean-up: the shutdown hook
 * asks the command to stop, then waits until the main thread says its clean-up is done, for at most
 * {@code cleanUpLimit}. It waits on a latch, never by joining the main thread: that thread ends in
 * {@code System.exit}, which blocks while the hook runs, so a join would always wait the full limit.
 */
final class CtrlC implements AutoCloseable {

    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook;

    CtrlC(String command, Runnable stop, Duration cleanUpLimit) {
        this.hook = new Thread(() -> {
            stop.run();
            try {
                cleanedUp.await(cleanUpLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sahelwatch-" + command + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Called by the main thread once its clean-up is done: lets a pending shutdown go on, else drops the hook. */
    @Override
    public void close() {
        cleanedUp.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook has been told
        }
    }
}
