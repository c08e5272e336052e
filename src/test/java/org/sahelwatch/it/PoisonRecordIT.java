package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sahelwatch.Articles.anArticle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.kafka.AvroSerde;

/**
 * The 18-byte record of issue 12: {@code C3 01}, RawArticle's fingerprint, a string length of
 * 2^31−9 and three bytes. Avro would allocate the declared length; in a 256 MB heap that killed the
 * stream thread on every restart. The application runs as its own process with that heap.
 */
class PoisonRecordIT {

    private static KafkaClusterTestKit cluster;

    @TempDir
    static Path work;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = InJvmKafka.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void shouldDeadLetterHugeDeclaredLengthsAndEnrichTheNextArticleInASmallHeap() throws Exception {
        List<byte[]> poison = List.of(declaringAnIdOf((1L << 31) - 9), declaringAnIdOf(1L << 30),
                declaringAnIdOf(-9), declaringAnIdOf(Long.MIN_VALUE));
        RawArticle next = anArticle().withId("after-the-poison").titled("Gunmen attack Gao")
                .withBody("Gunmen attacked the town of Gao in Mali, killing three civilians.").build();
        assertThat(poison.get(0)).hasSize(18);

        try (AppProcess app = AppProcess.run("256m", work, cluster.bootstrapServers(),
                "application.id=poison-" + UUID.randomUUID(), "topic.partitions=1")) {
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                for (byte[] value : poison) {
                    producer.send(new ProducerRecord<>("sahelwatch.articles.raw", "poison".getBytes(StandardCharsets.UTF_8),
                            value));
                }
                producer.send(new ProducerRecord<>("sahelwatch.articles.raw", next.getId().getBytes(StandardCharsets.UTF_8),
                        AvroSerde.rawArticle().encode(next)));
            }

            List<EnrichedArticle> enriched = awaitValues(app, "sahelwatch.articles.enriched", 1, AvroSerde.enrichedArticle());
            List<DeadLetter> deadLetters = awaitValues(app, "sahelwatch.deadletter", poison.size(), AvroSerde.deadLetter());

            assertThat(enriched).extracting(e -> e.getArticle().getId()).containsExactly("after-the-poison");
            assertThat(deadLetters).extracting(DeadLetter::getReason).containsOnly("UNDECODABLE");
            assertThat(deadLetters).extracting(dl -> bytes(dl.getValue()))
                    .containsExactlyElementsOf(poison);
            assertThat(deadLetters.get(0).getMessage()).contains("a string declares 2147483639 bytes but only 3 remain");
            assertThat(app.isAlive()).as("the application survived; its output:%n%s", app.output()).isTrue();
            assertThat(app.output()).doesNotContain("OutOfMemoryError");
        }
    }

    private static byte[] declaringAnIdOf(long length) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(AvroSerde.rawArticle().encode(anArticle().build()), 0, 10);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        encoder.writeLong(length);
        encoder.flush();
        out.write("abc".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static <T extends org.apache.avro.specific.SpecificRecord> List<T> awaitValues(AppProcess app, String topic,
                                                                                         int count, AvroSerde<T> serde) {
        List<T> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "poison-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(120))
                    .failFast("the application exited", () -> assertThat(app.isAlive())
                            .as("the application is alive; its output:%n%s", app.output()).isTrue())
                    .until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(serde.decode(r.value())));
                return values.size() >= count;
            });
        }
        return values;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
