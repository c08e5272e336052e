package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;
import static org.sahelwatch.PoisonRecords.rawArticleDeclaringAnIdOf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.awaitility.core.ThrowingRunnable;
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
        List<byte[]> poison = List.of(rawArticleDeclaringAnIdOf((1L << 31) - 9), rawArticleDeclaringAnIdOf(1L << 30),
                rawArticleDeclaringAnIdOf(-9), rawArticleDeclaringAnIdOf(Long.MIN_VALUE));
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

            ThrowingRunnable alive = () -> assertThat(app.isAlive())
                    .as("the application is alive; its output:%n%s", app.output()).isTrue();
            List<EnrichedArticle> enriched = CommittedValues.awaitFirst(cluster.bootstrapServers(),
                    "sahelwatch.articles.enriched", 1, alive).stream().map(AvroSerde.enrichedArticle()::decode).toList();
            List<DeadLetter> deadLetters = CommittedValues.awaitFirst(cluster.bootstrapServers(), "sahelwatch.deadletter",
                    poison.size(), alive).stream().map(AvroSerde.deadLetter()::decode).toList();

            assertThat(enriched).extracting(e -> e.getArticle().getId()).containsExactly("after-the-poison");
            assertThat(deadLetters).extracting(DeadLetter::getReason).containsOnly("UNDECODABLE");
            assertThat(deadLetters).extracting(dl -> bytes(dl.getValue()))
                    .containsExactlyElementsOf(poison);
            assertThat(deadLetters.get(0).getMessage()).contains("a string declares 2147483639 bytes but only 3 remain");
            assertThat(app.isAlive()).as("the application survived; its output:%n%s", app.output()).isTrue();
            assertThat(app.output()).doesNotContain("OutOfMemoryError");
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
