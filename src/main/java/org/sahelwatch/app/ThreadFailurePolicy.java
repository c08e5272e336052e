package org.sahelwatch.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a failed stream thread leads to. A failure the broker caused (it went away in the
 * middle of a transaction: {@code InvalidTxnStateException}, a timeout, any other error the broker
 * answered with) replaces the thread: under {@code exactly_once_v2} the new thread's producer aborts
 * the open transaction and the work is done again from the last commit, so nothing is lost or
 * doubled. Anything else (a bug in the application) shuts the client down, and so does a run of
 * replacements: more than {@code maxReplacements} within {@code window} means the broker is not
 * coming back, and an operator must look.
 */
final class ThreadFailurePolicy implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ThreadFailurePolicy.class);

    private final int maxReplacements;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> replacements = new ArrayDeque<>();

    ThreadFailurePolicy(int maxReplacements, Duration window, Clock clock) {
        this.maxReplacements = maxReplacements;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
        if (!causedByTheBroker(failure)) {
            log.error("Stream thread failed on an error of the application; shutting it down. Fix the cause "
                    + "logged here and start it again: it resumes from its last commit", failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        Instant now = clock.instant();
        while (!replacements.isEmpty() && replacements.peekFirst().isBefore(now.minus(window))) {
            replacements.removeFirst();
        }
        if (replacements.size() >= maxReplacements) {
            log.error("Stream thread failed on a broker error for the {}th time within {}; shutting the application "
                    + "down. Check that the brokers in bootstrap.servers are up and reachable, then start it again",
                    replacements.size() + 1, window, failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        log.warn("Stream thread failed on a broker error ({}); replacing it ({} of at most {} within {}): the open "
                + "transaction is aborted and its records processed again", rootMessage(failure),
                replacements.size(), maxReplacements, window, failure);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** True if the failure, or one of its causes, is an error the broker answered with or a timeout. */
    static boolean causedByTheBroker(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException || t instanceof ApiException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
