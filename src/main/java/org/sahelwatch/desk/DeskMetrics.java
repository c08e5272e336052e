package org.sahelwatch.desk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.Severity;

/**
 * The application's metrics in Prometheus format, each family present (at zero) from start-up:
 * <ul>
 *   <li>{@code sahelwatch_articles_total{outcome=enriched|duplicate|dead_lettered}}: what became of each raw record;</li>
 *   <li>{@code sahelwatch_deadletters_total{reason=…}}: dead letters by reason;</li>
 *   <li>{@code sahelwatch_alerts_total{severity,status}}: alert versions seen on the alerts topic;</li>
 *   <li>two end-to-end latency histograms measured on the alerts topic: from the article's publication,
 *       and from its ingestion (the record timestamp Kafka Streams carries through);</li>
 *   <li>Kafka Streams' own metrics ({@code kafka_stream_*}) through Micrometer's binder.</li>
 * </ul>
 * The article and dead-letter counts are read from the pipeline's sensors in Kafka Streams' metrics
 * (group {@code stream-<scope>-metrics}), summed over threads and tasks; the binder's copies of those
 * sensors, named after the reason, are left out.
 */
public final class DeskMetrics implements AutoCloseable {

    /** The pipeline's sensors: where to find them among Kafka Streams' metrics. */
    public record PipelineSensors(String scope, List<String> deadLetterReasons) {

        String group() {
            return "stream-" + scope + "-metrics";
        }
    }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreams streams;
    private final PipelineSensors sensors;
    private final KafkaStreamsMetrics streamsMetrics;
    private final Timer sincePublished;
    private final Timer sinceIngested;

    public DeskMetrics(KafkaStreams streams, PipelineSensors sensors) {
        this.streams = streams;
        this.sensors = sensors;
        registry.config().meterFilter(MeterFilter.deny(id -> id.getName().startsWith("kafka.stream." + sensors.scope() + ".")));
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        for (String reason : sensors.deadLetterReasons()) {
            FunctionCounter.builder("sahelwatch.deadletters", this, m -> m.sensorTotal("deadletter", reason + "-total"))
                    .description("Records sent to the dead-letter topic, by reason").tag("reason", reason).register(registry);
        }
        articles("enriched", m -> m.sensorTotal("enrich", "articles-tagged-total"));
        articles("duplicate", m -> m.sensorTotal("dedup", "duplicates-dropped-total"));
        articles("dead_lettered", DeskMetrics::deadLetters);
        for (Severity severity : Severity.values()) {
            for (AlertStatus status : AlertStatus.values()) {
                alertCounter(severity.name(), status.name());
            }
        }
        this.sincePublished = Timer.builder("sahelwatch.alert.latency.since.published")
                .description("From the article's publishedAt to the alert version on the alerts topic")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofDays(30)).register(registry);
        this.sinceIngested = Timer.builder("sahelwatch.alert.latency.since.ingested")
                .description("From the raw article's record timestamp (ingestion) to the alert version on the alerts topic")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
    }

    private void articles(String outcome, ToDoubleFunction<DeskMetrics> count) {
        FunctionCounter.builder("sahelwatch.articles", this, count)
                .description("Raw records by what became of them: enriched, dropped as a duplicate, or dead-lettered")
                .tag("outcome", outcome).register(registry);
    }

    private Counter alertCounter(String severity, String status) {
        return Counter.builder("sahelwatch.alerts").description("Alert versions by severity and status")
                .tag("severity", severity).tag("status", status).register(registry);
    }

    private double deadLetters() {
        return sensors.deadLetterReasons().stream().mapToDouble(r -> sensorTotal("deadletter", r + "-total")).sum();
    }

    /** The sum over threads and tasks of one of the pipeline's sensor totals. */
    private double sensorTotal(String entity, String name) {
        Predicate<MetricName> wanted = n -> n.group().equals(sensors.group()) && n.name().equals(name)
                && entity.equals(n.tags().get(sensors.scope() + "-id"));
        double total = 0;
        for (var entry : streams.metrics().entrySet()) {
            if (wanted.test(entry.getKey())) {
                total += value(entry.getValue());
            }
        }
        return total;
    }

    private static double value(Metric metric) {
        return metric.metricValue() instanceof Number n ? n.doubleValue() : 0;
    }

    void alertPublished(ConflictAlert alert, long recordTimestamp) {
        alertCounter(alert.getSeverity().name(), alert.getStatus().name()).increment();
        Instant now = Instant.now();
        sincePublished.record(Duration.between(alert.getLastSeenAt(), now).abs());
        if (recordTimestamp > 0) {
            sinceIngested.record(Duration.ofMillis(Math.max(0, now.toEpochMilli() - recordTimestamp)));
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        streamsMetrics.close();
        registry.close();
    }
}
