package org.sahelwatch.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.sahelwatch.avro.ConflictAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the alerts topic for the {@code tail} and {@code demo} commands: a consumer in a group
 * of its own, reading committed (exactly-once) records only. A record that does not decode is
 * logged with its coordinates and skipped.
 */
public final class AlertConsumer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlertConsumer.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topic<String, ConflictAlert> topic;
    private volatile boolean running = true;

    public AlertConsumer(String bootstrapServers, Topic<String, ConflictAlert> topic, boolean fromBeginning) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "sahelwatch-tail-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic.name()));
    }

    /** Calls {@code onAlert} for each alert until {@link #stop()} or {@code max} alerts (0 = no limit). */
    public int follow(Consumer<ConflictAlert> onAlert, int max) {
        int seen = 0;
        try {
            while (running && (max <= 0 || seen < max)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        continue; // a tombstone: an alert id withdrawn, its reports merged into another alert
                    }
                    try {
                        onAlert.accept(topic.valueSerde().deserializer().deserialize(record.topic(), record.value()));
                        seen++;
                    } catch (SerializationException e) {
                        log.warn("Skipping undecodable alert at {}-{}@{}: {}", record.topic(), record.partition(),
                                record.offset(), e.getMessage());
                    }
                    if (max > 0 && seen >= max) {
                        break;
                    }
                }
            }
        } catch (WakeupException e) {
            // stop() was called
        }
        return seen;
    }

    /** Ends {@link #follow} from another thread. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
