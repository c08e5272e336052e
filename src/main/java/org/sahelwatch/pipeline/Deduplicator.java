package org.sahelwatch.pipeline;

import java.time.Duration;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.sahelwatch.avro.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops exact duplicates: an article whose id or canonical URL was seen within the retention
 * (default 7 days). Records arrive keyed by canonical key, so every copy of a URL meets the same
 * store. The window store's segments expire with the retention, so the store stays bounded.
 */
final class Deduplicator implements Processor<String, RawArticle, String, RawArticle> {

    private static final Logger log = LoggerFactory.getLogger(Deduplicator.class);

    private final Duration retention;
    private ProcessorContext<String, RawArticle> context;
    private WindowStore<String, Long> seen;
    private Sensor duplicates;

    Deduplicator(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, RawArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(PipelineNames.DEDUP_STORE);
        this.duplicates = context.metrics().addRateTotalSensor(PipelineNames.METRICS_SCOPE, "dedup",
                "duplicates-dropped", Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        RawArticle article = record.value();
        long time = record.timestamp();
        String idKey = CanonicalKeys.idKey(article);
        if (isDuplicate(record.key(), time) || isDuplicate(idKey, time)) {
            log.debug("Dropping duplicate article {} ({})", article.getId(), record.key());
            duplicates.record();
            return;
        }
        rememberNewArticle(record.key(), idKey, time);
        context.forward(record);
    }

    private boolean isDuplicate(String key, long time) {
        try (WindowStoreIterator<Long> hits = seen.fetch(key, time - retention.toMillis(), time + retention.toMillis())) {
            return hits.hasNext();
        }
    }

    private void rememberNewArticle(String canonicalKey, String idKey, long time) {
        seen.put(canonicalKey, time, time);
        if (!idKey.equals(canonicalKey)) {
            seen.put(idKey, time, time);
        }
    }
}
