package org.sahelwatch.desk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.KafkaStreams;
import org.sahelwatch.avro.ConflictAlert;

/**
 * The application's metrics in Prometheus format: Kafka Streams' own (with Sahelwatch's sensors:
 * articles tagged, dead letters by reason, duplicates dropped) through Micrometer's binder, plus
 * alerts by severity and two end-to-end latency histograms measured on the alerts topic: from the
 * article's publication, and from its ingestion (the record timestamp Kafka Streams carries
 * through) to the alert being readable.
 */
public final class DeskMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final Timer sincePublished;
    private final Timer sinceIngested;

    public DeskMetrics(KafkaStreams streams) {
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        this.sincePublished = Timer.builder("sahelwatch.alert.latency.since.published")
                .description("From the article's publishedAt to the alert version on the alerts topic")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofDays(30)).register(registry);
        this.sinceIngested = Timer.builder("sahelwatch.alert.latency.since.ingested")
                .description("From the raw article's record timestamp (ingestion) to the alert version on the alerts topic")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
    }

    void alertPublished(ConflictAlert alert, long recordTimestamp) {
        Counter.builder("sahelwatch.alerts").description("Alert versions by severity and status")
                .tag("severity", alert.getSeverity().name()).tag("status", alert.getStatus().name())
                .register(registry).increment();
        Instant now = Instant.now();
        sincePublished.record(Duration.between(alert.getLastSeenAt(), now).abs());
        if (recordTimestamp > 0) {
            sinceIngested.record(Duration.ofMillis(Math.max(0, now.toEpochMilli() - recordTimestamp)));
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        streamsMetrics.close();
        registry.close();
    }
}
