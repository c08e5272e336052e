package org.sahelwatch.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.RegionActivity;
import org.sahelwatch.avro.SurgeAlert;

/**
 * Counts new incidents per admin1 region ({@code surges-region-activity-store}) and raises a surge
 * alert by {@link SurgeRule}; a withdrawn alert id (merged into another incident) stops counting.
 * Regions with nothing inside the rule's horizon are removed hourly.
 */
final class SurgeDetector implements Processor<String, ConflictAlert, String, SurgeAlert> {

    private final SurgeRule rule;
    private ProcessorContext<String, SurgeAlert> context;
    private KeyValueStore<String, RegionActivity> activity;

    SurgeDetector(SurgeRule rule) {
        this.rule = rule;
    }

    /** The latest report time seen: expiry follows the reports' own clock, not the ingest clock. */
    private long latestEventMillis = Long.MIN_VALUE;

    @Override
    public void init(ProcessorContext<String, SurgeAlert> context) {
        this.context = context;
        this.activity = context.getStateStore(PipelineNames.SURGES_STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetQuietRegions);
    }

    @Override
    public void process(Record<String, ConflictAlert> record) {
        latestEventMillis = Math.max(latestEventMillis, record.value().getFirstSeenAt().toEpochMilli());
        ConflictAlert incident = record.value();
        if (record.headers().lastHeader(IncidentAggregator.SUPERSEDED_BY_HEADER) != null) {
            RegionActivity known = activity.get(record.key());
            if (known != null) {
                activity.put(record.key(), SurgeRule.withdraw(known, incident.getAlertId()));
            }
            return;
        }
        SurgeRule.Outcome outcome = rule.apply(activity.get(record.key()), record.key(), incident.getAlertId(),
                incident.getFirstSeenAt(), incident.getLocation().getCountry());
        activity.put(record.key(), outcome.activity());
        outcome.surge().ifPresent(surge ->
                context.forward(new Record<>(surge.getSurgeId(), surge, record.timestamp(), record.headers())));
    }

    private void forgetQuietRegions(long wallClock) {
        if (latestEventMillis == Long.MIN_VALUE) {
            return;
        }
        Instant cutoff = Instant.ofEpochMilli(latestEventMillis).minus(rule.horizon());
        List<String> quiet = new ArrayList<>();
        try (KeyValueIterator<String, RegionActivity> all = activity.all()) {
            while (all.hasNext()) {
                KeyValue<String, RegionActivity> entry = all.next();
                boolean recent = entry.value.getIncidents().stream().anyMatch(i -> i.getAt().isAfter(cutoff));
                if (!recent) {
                    quiet.add(entry.key);
                }
            }
        }
        quiet.forEach(activity::delete);
    }
}
