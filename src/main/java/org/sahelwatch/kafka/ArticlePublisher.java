package org.sahelwatch.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.sahelwatch.avro.RawArticle;

/** Sends raw articles to the raw topic as Avro, keyed by article id; idempotent, acks=all. */
public final class ArticlePublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final AvroSerde<RawArticle> serde = AvroSerde.rawArticle();

    public ArticlePublisher(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends the articles and waits until the broker has them all. */
    public int publish(List<RawArticle> articles) {
        try {
            List<Future<RecordMetadata>> sent = articles.stream()
                    .map(a -> producer.send(new ProducerRecord<>(topic, a.getId().getBytes(StandardCharsets.UTF_8),
                            serde.encode(a))))
                    .toList();
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
            return sent.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending articles to " + topic + " failed: " + e.getCause().getMessage()
                    + "; is the broker reachable and the topic present (sahelwatch run creates it)?", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
