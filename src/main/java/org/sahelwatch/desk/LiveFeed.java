package org.sahelwatch.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.SurgeAlert;
import org.sahelwatch.io.AvroJson;
import org.sahelwatch.kafka.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the alerts and surges topics (committed records only, from the latest offsets) and hands
 * each record to the desk as JSON for Server-Sent Events; records each alert's latencies and
 * severity in the metrics; keeps the surges of the last day for pages that connect later.
 */
final class LiveFeed implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topic<String, ConflictAlert> alertsTopic;
    private final Topic<String, SurgeAlert> surgesTopic;
    private final BiConsumer<String, String> broadcast;
    private final DeskMetrics metrics;
    private final Map<String, SurgeAlert> recentSurges = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    LiveFeed(String bootstrapServers, Topic<String, ConflictAlert> alertsTopic, Topic<String, SurgeAlert> surgesTopic,
             BiConsumer<String, String> broadcast,
             DeskMetrics metrics) {
        this.alertsTopic = alertsTopic;
        this.surgesTopic = surgesTopic;
        this.broadcast = broadcast;
        this.metrics = metrics;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this, "sahelwatch-desk-feed");
        this.thread.setDaemon(true);
    }

    /** Takes every partition of both topics at their current end (no group rebalance to wait for), then follows. */
    void start() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(alertsTopic.name(), surgesTopic.name())) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before anything new is published
        thread.start();
    }

    @Override
    public void run() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    handle(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("The desk's live feed stopped; live updates are off until the application restarts", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone: nothing to show
        }
        try {
            if (record.topic().equals(alertsTopic.name())) {
                ConflictAlert alert = alertsTopic.valueSerde().deserializer().deserialize(record.topic(), record.value());
                metrics.alertPublished(alert, record.timestamp());
                broadcast.accept("alert", AvroJson.toJsonLine(alert));
            } else {
                SurgeAlert surge = surgesTopic.valueSerde().deserializer().deserialize(record.topic(), record.value());
                synchronized (recentSurges) {
                    recentSurges.put(surge.getSurgeId(), surge);
                    Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
                    recentSurges.values().removeIf(s -> s.getDetectedAt().isBefore(dayAgo) && recentSurges.size() > 50);
                }
                broadcast.accept("surge", AvroJson.toJsonLine(surge));
            }
        } catch (SerializationException e) {
            log.warn("Skipping an undecodable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    /** Surges seen recently, for a page that connects now. */
    List<String> recentSurgesAsJson() {
        synchronized (recentSurges) {
            List<String> out = new ArrayList<>();
            recentSurges.values().forEach(s -> out.add(AvroJson.toJsonLine(s)));
            return out;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
