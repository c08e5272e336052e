package org.sahelwatch.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.core.ThrowingRunnable;

/** Reads a topic's committed values from the beginning, with a consumer group of its own. */
final class CommittedValues {

    private CommittedValues() {
    }

    /** Waits (90 s at most) for {@code count} values of {@code topic}; answers those read. */
    static List<byte[]> awaitFirst(String bootstrap, String topic, int count) {
        return awaitFirst(bootstrap, topic, count, () -> { });
    }

    /** As {@link #awaitFirst(String, String, int)}, stopping at once when {@code stillRunning} fails. */
    static List<byte[]> awaitFirst(String bootstrap, String topic, int count, ThrowingRunnable stillRunning) {
        List<byte[]> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-values-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(90)).failFast("stopped waiting for " + topic, stillRunning).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                return values.size() >= count;
            });
        }
        return values;
    }
}
