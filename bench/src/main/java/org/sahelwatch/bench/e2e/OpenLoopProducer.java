package org.sahelwatch.bench.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.bench.corpus.WireGenerator;
import org.sahelwatch.kafka.AvroSerde;

/**
 * Sends generated articles to the raw topic at a fixed rate, open loop: article {@code i} has an
 * intended send time {@code start + i / rate}, fixed in advance, whatever the broker or the
 * application do. The record's timestamp is that intended time, and the latency consumers measure
 * from it, so a stall anywhere (here included) shows in the latency instead of silently lowering
 * the rate (coordinated omission). Each article gets a fresh id and URL, so the dedup stage lets it
 * through. Its text is a report of a pool generated before the run by {@link WireGenerator} (so the
 * sending thread does not spend CPU on writing articles), taken in turn, with an outlet drawn per
 * article: a report seen again comes from another outlet, as a syndicated story does. The producer is
 * configured like {@code sahelwatch ingest}'s: idempotent, acks=all.
 */
final class OpenLoopProducer implements Runnable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final String runId;
    private final List<WireGenerator.Report> pool;
    private final double rate;
    private final long firstSeq;
    private final long count;
    private final long startMillis;
    private final long windowFromMillis;
    private final long windowToMillis;
    private final AvroSerde<RawArticle> serde = AvroSerde.rawArticle();
    /** How late each send of the window was against its intended time (µs): the harness's own health. */
    private final Histogram lateness = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private volatile boolean stopped;

    /**
     * @param startMillis the epoch millis of article 0's intended send time
     * @param count how many articles to send in all (warm-up and measurement)
     * @param windowFromMillis the window, [from, to) in epoch millis: lateness is recorded for its sends only
     */
    OpenLoopProducer(String bootstrapServers, String topic, String runId, List<WireGenerator.Report> pool, double rate,
                     long firstSeq, long count, long startMillis, long windowFromMillis, long windowToMillis) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.runId = runId;
        this.pool = pool;
        this.rate = rate;
        this.firstSeq = firstSeq;
        this.count = count;
        this.startMillis = startMillis;
        this.windowFromMillis = windowFromMillis;
        this.windowToMillis = windowToMillis;
    }

    /** Intended send time of article {@code i} of this run, in epoch micros. */
    long intendedMicros(long i) {
        return startMillis * 1000 + (long) (i * 1e6 / rate);
    }

    @Override
    public void run() {
        long startNanos = System.nanoTime() - (System.currentTimeMillis() - startMillis) * 1_000_000;
        for (long i = 0; i < count && !stopped; i++) {
            ProducerRecord<byte[], byte[]> record = record(i);
            long dueNanos = startNanos + (long) (i * 1e9 / rate);
            long wait;
            while ((wait = dueNanos - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long intendedMillis = intendedMicros(i) / 1000;
            if (intendedMillis >= windowFromMillis && intendedMillis < windowToMillis) {
                lateness.recordValue(Math.max(0, (System.nanoTime() - dueNanos) / 1000));
            }
            producer.send(record, (metadata, e) -> {
                if (e != null) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e);
                }
            });
            sent.incrementAndGet();
        }
        producer.flush();
    }

    private ProducerRecord<byte[], byte[]> record(long i) {
        long seq = firstSeq + i;
        WireGenerator.Report report = pool.get((int) (seq % pool.size()));
        long intendedMillis = intendedMicros(i) / 1000;
        String id = String.format(Locale.ROOT, "e2e-%s-%d", runId, seq);
        RawArticle article = RawArticle.newBuilder()
                .setId(id)
                .setUrl("https://news.example/e2e/" + runId + "/" + seq)
                .setSource(WireGenerator.outlet(report.language(), seq))
                .setTitle(report.title())
                .setBody(report.body())
                .setLanguage(report.language())
                .setPublishedAt(Instant.ofEpochMilli(intendedMillis))
                .build();
        return new ProducerRecord<>(topic, null, intendedMillis, id.getBytes(StandardCharsets.UTF_8), serde.encode(article));
    }

    void stop() {
        stopped = true;
    }

    long sent() {
        return sent.get();
    }

    long failed() {
        return failed.get();
    }

    Exception firstFailure() {
        return firstFailure.get();
    }

    /** A copy of the lateness histogram (µs); read after the run. */
    Histogram lateness() {
        return lateness.copy();
    }

    void close() {
        producer.close();
    }
}
