package org.sahelwatch.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.Incident;
import org.sahelwatch.avro.IncidentReport;

/**
 * Merges reports into incidents (rules in {@link IncidentMerger}) and publishes each new version
 * keyed by alertId. Open incidents live in {@code incidents-open-store} under incident key + alertId
 * (several incidents of one key coexist when their places differ); an
 * incident quiet for longer than the gap can no longer be joined, and is removed from the store
 * (checked hourly, by the reports' own times), so the store stays bounded.
 */
final class IncidentAggregator implements Processor<String, IncidentReport, String, ConflictAlert> {

    private final IncidentMerger merger;
    private final Duration quietGap;
    private ProcessorContext<String, ConflictAlert> context;
    private KeyValueStore<String, Incident> open;

    IncidentAggregator(IncidentMerger merger, Duration quietGap) {
        this.merger = merger;
        this.quietGap = quietGap;
    }

    /** The latest report time seen: expiry follows the reports' own clock, not the ingest clock. */
    private long latestEventMillis = Long.MIN_VALUE;

    @Override
    public void init(ProcessorContext<String, ConflictAlert> context) {
        this.context = context;
        this.open = context.getStateStore(PipelineNames.INCIDENTS_STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetQuietIncidents);
    }

    @Override
    public void process(Record<String, IncidentReport> record) {
        latestEventMillis = Math.max(latestEventMillis, record.value().getCandidate().getFirstSeenAt().toEpochMilli());
        String prefix = record.key() + "|";
        Incident joined = openIncidentFor(prefix, record.value());
        IncidentMerger.Outcome outcome = merger.apply(joined, record.value());
        open.put(prefix + outcome.incident().getAlert().getAlertId(), outcome.incident());
        outcome.published().ifPresent(alert ->
                context.forward(new Record<>(alert.getAlertId(), alert, record.timestamp(), record.headers())));
    }

    /**
     * The open incident of this key whose place overlaps the report's, most recently reported first.
     * Store keys are incident key + "|" + alertId, so one prefix scan finds them all.
     */
    private Incident openIncidentFor(String prefix, IncidentReport report) {
        Incident best = null;
        try (KeyValueIterator<String, Incident> candidates = open.prefixScan(prefix, new StringSerializer())) {
            while (candidates.hasNext()) {
                Incident incident = candidates.next().value;
                if (IncidentMerger.mayJoin(incident, report) && (best == null
                        || incident.getAlert().getLastSeenAt().isAfter(best.getAlert().getLastSeenAt()))) {
                    best = incident;
                }
            }
        }
        return best;
    }

    /** Removes incidents whose last report is older than the quiet gap, by the reports' own times. */
    private void forgetQuietIncidents(long wallClock) {
        if (latestEventMillis == Long.MIN_VALUE) {
            return;
        }
        Instant cutoff = Instant.ofEpochMilli(latestEventMillis).minus(quietGap).minus(quietGap);
        List<String> quiet = new ArrayList<>();
        try (KeyValueIterator<String, Incident> all = open.all()) {
            while (all.hasNext()) {
                KeyValue<String, Incident> entry = all.next();
                if (entry.value.getAlert().getLastSeenAt().isBefore(cutoff)) {
                    quiet.add(entry.key);
                }
            }
        }
        quiet.forEach(open::delete);
    }
}
