package org.sahelwatch.desk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether every stream thread still makes progress. Kafka Streams counts each thread's poll loops
 * and commits ({@code poll-total}, {@code commit-total} in {@code stream-thread-metrics}); a thread that
 * polls keeps its partitions, even when idle. {@link #sample()} (called every second) notes when each
 * thread's counts last moved; a thread whose counts have not moved for the limit is stalled, for example
 * held by one slow record, and {@code /health} says so while Kafka Streams itself still reports RUNNING.
 */
final class StreamThreadWatch {

    private static final Logger log = LoggerFactory.getLogger(StreamThreadWatch.class);
    private static final String GROUP = "stream-thread-metrics";
    private static final String THREAD_ID = "thread-id";

    /** The last counts seen for one thread and when they last changed. */
    private record Progress(double polls, double commits, long changedAtNanos, boolean reported) { }

    private final KafkaStreams streams;
    private final Duration limit;
    private final LongSupplier nanoTime;
    private final Map<String, Progress> threads = new ConcurrentHashMap<>();

    StreamThreadWatch(KafkaStreams streams, Duration limit, LongSupplier nanoTime) {
        this.streams = streams;
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** Reads each thread's poll and commit counts and notes which moved. */
    void sample() {
        long now = nanoTime.getAsLong();
        Map<String, double[]> counts = new HashMap<>();
        streams.metrics().forEach((name, metric) -> {
            int slot = slot(name);
            if (slot >= 0 && metric.metricValue() instanceof Number n) {
                counts.computeIfAbsent(name.tags().get(THREAD_ID), t -> new double[2])[slot] = n.doubleValue();
            }
        });
        threads.keySet().retainAll(counts.keySet());
        counts.forEach((thread, c) -> threads.merge(thread, new Progress(c[0], c[1], now, false), (before, seen) ->
                before.polls() == seen.polls() && before.commits() == seen.commits() ? before : seen));
        threads.replaceAll((thread, progress) -> {
            Duration still = Duration.ofNanos(now - progress.changedAtNanos());
            if (progress.reported() || still.compareTo(limit) <= 0) {
                return progress;
            }
            log.warn("Stream thread {} has completed no poll loop and no commit for {} s: it is stuck, probably in one"
                    + " record; /health answers 503 until it moves again", thread, still.toSeconds());
            return new Progress(progress.polls(), progress.commits(), progress.changedAtNanos(), true);
        });
    }

    private static int slot(MetricName name) {
        if (!name.group().equals(GROUP) || !name.tags().containsKey(THREAD_ID)) {
            return -1;
        }
        return switch (name.name()) {
            case "poll-total" -> 0;
            case "commit-total" -> 1;
            default -> -1;
        };
    }

    /** One sentence per stalled thread: which, for how long, and the limit. Empty when all make progress. */
    List<String> stalled() {
        long now = nanoTime.getAsLong();
        List<String> reasons = new ArrayList<>();
        threads.forEach((thread, progress) -> {
            Duration still = Duration.ofNanos(now - progress.changedAtNanos());
            if (still.compareTo(limit) > 0) {
                reasons.add("stream thread " + thread + " has completed no poll loop and no commit for "
                        + still.toSeconds() + " s (health.stall.timeout.ms is " + limit.toMillis() + " ms)");
            }
        });
        return reasons;
    }
}
