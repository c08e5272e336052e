package org.sahelwatch.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads one output topic with {@code read_committed}, as a downstream consumer would, and records for
 * each record produced inside the measurement window the time from its intended send time (the raw
 * record's timestamp, which Kafka Streams carries to the enriched article and to the alert) to its
 * arrival here. Resolution: 1 ms (record timestamps are in milliseconds).
 */
final class LatencyConsumer implements Runnable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final long windowFromMillis;
    private final long windowToMillis;
    private final Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
    private final AtomicLong inWindow = new AtomicLong();
    private final AtomicLong arrivedDuringWindow = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile boolean stopped;

    /** Records with timestamps in [windowFromMillis, windowToMillis) are measured. */
    LatencyConsumer(String bootstrapServers, String topic, long windowFromMillis, long windowToMillis) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.windowFromMillis = windowFromMillis;
        this.windowToMillis = windowToMillis;
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Instant now = Instant.now();
                    long nowMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
                    total.incrementAndGet();
                    if (nowMicros / 1000 >= windowFromMillis && nowMicros / 1000 < windowToMillis) {
                        arrivedDuringWindow.incrementAndGet();
                    }
                    if (record.timestamp() >= windowFromMillis && record.timestamp() < windowToMillis) {
                        synchronized (latency) {
                            latency.recordValue(Math.max(0, nowMicros - record.timestamp() * 1000));
                        }
                        inWindow.incrementAndGet();
                    }
                }
            }
        } finally {
            consumer.close();
        }
    }

    void stop() {
        stopped = true;
    }

    String topic() {
        return topic;
    }

    /** Records produced in the window that have arrived so far. */
    long measured() {
        return inWindow.get();
    }

    /** Records of any time that arrived while the window was open: the output rate at the window's load. */
    long arrivedDuringWindow() {
        return arrivedDuringWindow.get();
    }

    long total() {
        return total.get();
    }

    Histogram latency() {
        synchronized (latency) {
            return latency.copy();
        }
    }
}
