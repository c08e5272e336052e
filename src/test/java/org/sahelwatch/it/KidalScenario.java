package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.sahelwatch.Articles;
import org.sahelwatch.TestTagger;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;
import org.sahelwatch.cli.Main;
import org.sahelwatch.config.SahelwatchConfig;

/**
 * The end-to-end scenario shared by the in-JVM broker test and the Testcontainers one: the seed
 * article through the ingest command, the application, and a plain consumer reading the Avro alert.
 */
final class KidalScenario implements AutoCloseable {

    private final String bootstrap;
    private final SahelwatchConfig config;
    private final StreamsRunner runner;

    KidalScenario(String bootstrap, Path stateDir) {
        this.bootstrap = bootstrap;
        this.config = SahelwatchConfig.load(null, Map.of(), Map.of(
                SahelwatchConfig.BOOTSTRAP_SERVERS, bootstrap,
                SahelwatchConfig.APPLICATION_ID, "sahelwatch-it-" + UUID.randomUUID(),
                SahelwatchConfig.STATE_DIR, stateDir.toString(),
                SahelwatchConfig.DESK_ENABLED, "false"));
        this.runner = StreamsRunner.start(config, TestTagger.get());
        await().atMost(Duration.ofSeconds(60)).until(() -> runner.state() == KafkaStreams.State.RUNNING);
    }

    /** Runs `sahelwatch ingest` on the seed article as a plain-text file. */
    void ingestTheSeedArticle(Path workDir) throws Exception {
        Path file = workDir.resolve("mali-army-takes-kidal.txt");
        Files.writeString(file, Articles.resource("/samples/mali-army-takes-kidal.txt"));
        int exit = Main.commandLine().execute("ingest", "--bootstrap-servers", bootstrap,
                "--source", "Modern Tokyo Times", file.toString());
        assertThat(exit).isZero();
    }

    void sendRawBytes(byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(config.getString(SahelwatchConfig.TOPIC_RAW),
                    "garbage".getBytes(StandardCharsets.UTF_8), value));
        }
    }

    /**
     * Reads the alerts topic with a plain consumer until the alert of the Kidal recapture arrives (the model
     * also raises a weak armed clash in Kidal from an analysis sentence of the article: a known miss, see
     * the README).
     */
    ConflictAlert awaitTheKidalAlert() {
        List<ConflictAlert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(config.getString(SahelwatchConfig.TOPIC_ALERTS))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    ConflictAlert alert = ConflictAlert.getDecoder().decode(r.value());
                    assertThat(r.key()).isEqualTo(alert.getAlertId());
                    alerts.add(alert);
                }
                return alerts.stream().anyMatch(KidalScenario::isTheRecapture);
            });
        }
        ConflictAlert kidal = alerts.stream().filter(KidalScenario::isTheRecapture).findFirst().orElseThrow();
        assertThat(kidal.getEventType()).isEqualTo(EventType.BATTLES);
        assertThat(kidal.getSubEventType()).isEqualTo("Government regains territory");
        assertThat(kidal.getLocation().getCountry()).isEqualTo("Mali");
        assertThat(kidal.getLocation().getAdmin1()).isEqualTo("Kidal");
        assertThat(kidal.getLocation().getLatitude()).isNotNull();
        assertThat(kidal.getActors()).extracting(a -> a.getActorId()).contains("mali-armed-forces", "cma");
        assertThat(kidal.getSeverity().ordinal()).isGreaterThanOrEqualTo(Severity.MEDIUM.ordinal());
        return kidal;
    }

    private static boolean isTheRecapture(ConflictAlert alert) {
        return alert.getLocation().getName().equals("Kidal") && alert.getSubEventType().equals("Government regains territory");
    }

    DeadLetter awaitADeadLetter() {
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(config.getString(SahelwatchConfig.TOPIC_DEADLETTER))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> found.add(decodeDeadLetter(r.value())));
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    private static DeadLetter decodeDeadLetter(byte[] bytes) {
        try {
            return DeadLetter.getDecoder().decode(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    KafkaStreams.State state() {
        return runner.state();
    }

    private KafkaConsumer<String, byte[]> consumer(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    @Override
    public void close() {
        runner.close();
    }
}
