package org.sahelwatch.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.sahelwatch.avro.AlertHistory;
import org.sahelwatch.avro.ConflictAlert;

/**
 * The desk's view of the alerts topic: every version of each alert, by alertId, in
 * {@code desk-alert-history-store} (partitioned like the alerts topic, so interactive queries find
 * an alert by its key). Alerts quiet for longer than the retention are removed hourly.
 */
final class AlertHistoryIndexer implements Processor<String, ConflictAlert, Void, Void> {

    private final Duration retention;
    private KeyValueStore<String, AlertHistory> history;

    AlertHistoryIndexer(Duration retention) {
        this.retention = retention;
    }

    /** The latest report time seen: expiry follows the reports' own clock, not the ingest clock. */
    private long latestEventMillis = Long.MIN_VALUE;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.history = context.getStateStore(PipelineNames.HISTORY_STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOldAlerts);
    }

    @Override
    public void process(Record<String, ConflictAlert> record) {
        latestEventMillis = Math.max(latestEventMillis, record.value() == null ? Long.MIN_VALUE : record.value().getLastSeenAt().toEpochMilli());
        ConflictAlert alert = record.value();
        if (alert == null) {
            history.delete(record.key()); // a tombstone: the alert id was withdrawn, merged into another
            return;
        }
        AlertHistory existing = history.get(record.key());
        List<ConflictAlert> versions = existing == null ? new ArrayList<>() : new ArrayList<>(existing.getVersions());
        if (versions.stream().anyMatch(v -> v.getVersion() == alert.getVersion())) {
            return; // a version already indexed
        }
        versions.add(alert);
        versions.sort(Comparator.comparingInt(ConflictAlert::getVersion));
        history.put(record.key(), new AlertHistory(alert.getAlertId(), versions));
    }

    private void forgetOldAlerts(long wallClock) {
        if (latestEventMillis == Long.MIN_VALUE) {
            return;
        }
        Instant cutoff = Instant.ofEpochMilli(latestEventMillis).minus(retention);
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, AlertHistory> all = history.all()) {
            while (all.hasNext()) {
                KeyValue<String, AlertHistory> entry = all.next();
                List<ConflictAlert> versions = entry.value.getVersions();
                if (versions.get(versions.size() - 1).getLastSeenAt().isBefore(cutoff)) {
                    old.add(entry.key);
                }
            }
        }
        old.forEach(history::delete);
    }
}
