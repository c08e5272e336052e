package org.sahelwatch.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.sahelwatch.avro.ConflictAlert;

/** Reads every committed alert of a topic with a plain consumer, from the beginning. */
final class AlertReader {

    private final String bootstrap;
    private final String topic;

    AlertReader(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /** Waits until an alert of this version is on the topic, and returns it. */
    ConflictAlert awaitVersion(int version) {
        List<ConflictAlert> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> found.add(decode(r.value())));
                return found.stream().anyMatch(a -> a.getVersion() == version);
            });
        }
        return found.stream().filter(a -> a.getVersion() == version).findFirst().orElseThrow();
    }

    private KafkaConsumer<String, byte[]> consumer() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** The versions published for one alert, in topic order (duplicates would show twice). */
    List<Integer> versionsOf(String alertId) {
        return readAll().stream().filter(a -> a.getAlertId().equals(alertId)).map(ConflictAlert::getVersion).toList();
    }

    private List<ConflictAlert> readAll() {
        List<ConflictAlert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    emptyPolls++;
                }
                for (ConsumerRecord<String, byte[]> r : records) {
                    alerts.add(decode(r.value()));
                }
            }
        }
        return alerts;
    }

    private static ConflictAlert decode(byte[] bytes) {
        try {
            return ConflictAlert.getDecoder().decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
