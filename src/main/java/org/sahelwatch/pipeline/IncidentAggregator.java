package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.Incident;
import org.sahelwatch.avro.IncidentReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the reports of each incident key and publishes what changes in its incidents, keyed by
 * alertId. Every report regroups the reports held for its key ({@link IncidentGrouping}) and re-merges
 * each incident ({@link IncidentMerger}), so the incidents depend on the set of reports, not on their
 * arrival order. Then:
 * <ul>
 *   <li>an incident whose alert changed is published as its next version (NEW for a new alert id,
 *       ESCALATED when the severity rose, else UPDATED); one whose alert did not change raises nothing;</li>
 *   <li>an alert id that no longer names an incident (its reports now belong to an incident with an
 *       earlier first report: a merge, or an older report that arrived late) is withdrawn: its last
 *       version is forwarded with the header {@value #SUPERSEDED_BY_HEADER} (the alert id now holding its
 *       first report), and becomes a tombstone on the alert topics ({@link IncidentChanges}).</li>
 * </ul>
 * Event time, per incident key: the key's clock is the time of its newest report (never later than
 * the time Kafka received that report). A report at most the grace behind the clock is merged exactly
 * as if it had arrived in order. A later one is merged only when it joins an incident still held;
 * otherwise it is dropped, logged and counted ({@code incidents late-reports-dropped-total}). An
 * incident is closed, and its reports leave {@code incidents-reports-store}, once the clock passes its
 * last report by the quiet gap plus the grace: no report within the grace can reach it any more. So
 * the stores hold, per key, the incidents of the last gap + grace (plus their span) before its newest
 * report.
 */
final class IncidentAggregator implements Processor<String, IncidentReport, String, ConflictAlert> {

    /** Header of a withdrawn alert: the alert id that now holds its first report (empty when none does). */
    public static final String SUPERSEDED_BY_HEADER = "sahelwatch-superseded-by";

    private static final Logger log = LoggerFactory.getLogger(IncidentAggregator.class);

    private final IncidentRules rules;
    private final IncidentGrouping grouping;
    private final IncidentMerger merger;
    private ProcessorContext<String, ConflictAlert> context;
    private KeyValueStore<String, IncidentReport> reports;
    private KeyValueStore<String, Incident> published;
    private KeyValueStore<String, Long> clocks;
    private Sensor lateReports;
    private Sensor withdrawals;

    IncidentAggregator(IncidentRules rules) {
        this.rules = rules;
        this.grouping = new IncidentGrouping(rules);
        this.merger = new IncidentMerger(rules.nearDuplicateSimilarity());
    }

    @Override
    public void init(ProcessorContext<String, ConflictAlert> context) {
        this.context = context;
        this.reports = context.getStateStore(PipelineNames.INCIDENTS_REPORTS_STORE);
        this.published = context.getStateStore(PipelineNames.INCIDENTS_PUBLISHED_STORE);
        this.clocks = context.getStateStore(PipelineNames.INCIDENTS_CLOCK_STORE);
        this.lateReports = context.metrics().addRateTotalSensor(PipelineNames.METRICS_SCOPE, "incidents",
                "late-reports-dropped", Sensor.RecordingLevel.INFO);
        this.withdrawals = context.metrics().addRateTotalSensor(PipelineNames.METRICS_SCOPE, "incidents",
                "alerts-withdrawn", Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(Record<String, IncidentReport> record) {
        IncidentReport report = record.value();
        String key = report.getIncidentKey();
        String id = IncidentGrouping.reportId(report);
        if (reports.get(storeKey(key, id)) != null) {
            return; // already held: the same article's event again
        }
        Map<String, IncidentReport> held = scan(reports, key);
        held.put(id, report);
        List<List<IncidentReport>> incidents = grouping.group(held.values());
        Long clock = clocks.get(key);
        long at = IncidentGrouping.millis(report);
        if (clock != null && at < clock - rules.grace().toMillis() && isAlone(incidents, id)) {
            dropLate(report, clock);
            return;
        }
        long receivedBy = record.timestamp() < 0 ? at : Math.min(at, record.timestamp());
        long newClock = clock == null ? receivedBy : Math.max(clock, receivedBy);
        reports.put(storeKey(key, id), report);
        clocks.put(key, newClock);
        List<IncidentMerger.Merged> merged = publishChanges(key, incidents, record);
        forgetClosed(key, merged, newClock);
    }

    /**
     * Withdraws the alert ids that name no incident now, then publishes every incident whose alert
     * changed. Withdrawals go first, so that a count of live incidents (the surges) never holds an
     * incident under both its old and its new id.
     */
    private List<IncidentMerger.Merged> publishChanges(String key, List<List<IncidentReport>> incidents,
                                                       Record<String, IncidentReport> cause) {
        Map<String, Incident> before = scan(published, key);
        // an incident whose reports are those of its last version is unchanged (the merge is a function of
        // its reports in event order): it is not merged again, nor compared, nor published
        Map<List<String>, Incident> byReports = new HashMap<>();
        for (Incident incident : before.values()) {
            if (!incident.getWithdrawn()) {
                byReports.put(List.copyOf(incident.getReportIds()), incident);
            }
        }
        Map<String, String> holderOfReport = new HashMap<>();
        List<IncidentMerger.Merged> merged = new ArrayList<>();
        List<IncidentMerger.Merged> changed = new ArrayList<>();
        for (List<IncidentReport> members : incidents) {
            Incident same = byReports.get(members.stream().map(IncidentGrouping::reportId).toList());
            IncidentMerger.Merged incident = same != null
                    ? new IncidentMerger.Merged(same.getAlert(), List.copyOf(same.getReportIds()), same.getLastReportAt())
                    : merger.merge(key, members);
            merged.add(incident);
            if (same == null) {
                changed.add(incident);
            }
            incident.reportIds().forEach(reportId -> holderOfReport.put(reportId, incident.alert().getAlertId()));
        }
        Set<String> current = new HashSet<>(holderOfReport.values());
        for (Incident gone : before.values()) {
            String alertId = gone.getAlert().getAlertId();
            if (!gone.getWithdrawn() && !current.contains(alertId)) {
                withdraw(key, gone, holderOfReport.getOrDefault(gone.getReportIds().get(0), ""), cause);
            }
        }
        for (IncidentMerger.Merged incident : changed) {
            publishIfChanged(key, incident, before.get(incident.alert().getAlertId()), cause);
        }
        return merged;
    }

    private void publishIfChanged(String key, IncidentMerger.Merged incident, Incident previous,
                                  Record<String, IncidentReport> cause) {
        ConflictAlert alert = incident.alert();
        boolean live = previous != null && !previous.getWithdrawn();
        if (live && sameContent(previous.getAlert(), alert)) {
            if (!previous.getReportIds().equals(incident.reportIds())
                    || !previous.getLastReportAt().equals(incident.lastReportAt())) {
                published.put(storeKey(key, alert.getAlertId()), new Incident(key, previous.getAlert(),
                        incident.reportIds(), incident.lastReportAt(), false));
            }
            return; // a repeat, or a report already told the same way: nothing new to say
        }
        AlertStatus status = !live ? AlertStatus.NEW
                : alert.getSeverity().ordinal() > previous.getAlert().getSeverity().ordinal() ? AlertStatus.ESCALATED
                : AlertStatus.UPDATED;
        ConflictAlert version = ConflictAlert.newBuilder(alert)
                .setVersion(previous == null ? 1 : previous.getAlert().getVersion() + 1)
                .setStatus(status)
                .build();
        published.put(storeKey(key, alert.getAlertId()),
                new Incident(key, version, incident.reportIds(), incident.lastReportAt(), false));
        context.forward(new Record<>(version.getAlertId(), version, cause.timestamp(), ownHeaders(cause.headers())));
    }

    private void withdraw(String key, Incident gone, String supersededBy, Record<String, IncidentReport> cause) {
        ConflictAlert last = gone.getAlert();
        published.put(storeKey(key, last.getAlertId()),
                Incident.newBuilder(gone).setWithdrawn(true).build());
        Headers headers = ownHeaders(cause.headers());
        headers.add(SUPERSEDED_BY_HEADER, supersededBy.getBytes(StandardCharsets.UTF_8));
        withdrawals.record();
        context.forward(new Record<>(last.getAlertId(), last, cause.timestamp(), headers));
    }

    /** Removes the incidents (and withdrawn alert ids) that no report within the grace can reach any more. */
    private void forgetClosed(String key, List<IncidentMerger.Merged> incidents, long clock) {
        for (IncidentMerger.Merged incident : incidents) {
            if (rules.isClosed(incident.lastReportAt().toEpochMilli(), clock)) {
                incident.reportIds().forEach(id -> reports.delete(storeKey(key, id)));
                published.delete(storeKey(key, incident.alert().getAlertId()));
            }
        }
        for (Map.Entry<String, Incident> entry : scan(published, key).entrySet()) {
            Incident incident = entry.getValue();
            if (incident.getWithdrawn() && rules.isClosed(incident.getLastReportAt().toEpochMilli(), clock)) {
                published.delete(storeKey(key, entry.getKey()));
            }
        }
    }

    private void dropLate(IncidentReport report, long clock) {
        lateReports.record();
        RecordMetadata where = context.recordMetadata().orElse(null);
        log.warn("Late report dropped at {}-{}@{}: article {} ({}, event time {}) is more than the grace {} behind the"
                        + " newest report of its incident key ({}) and joins no open incident. To merge reports this"
                        + " late, raise incidents.grace.ms.",
                where == null ? "" : where.topic(), where == null ? -1 : where.partition(), where == null ? -1 : where.offset(),
                report.getFingerprint().getArticleId(), report.getIncidentKey(), report.getCandidate().getFirstSeenAt(),
                rules.grace(), java.time.Instant.ofEpochMilli(clock));
    }

    private static boolean isAlone(List<List<IncidentReport>> incidents, String reportId) {
        return incidents.stream().anyMatch(members -> members.size() == 1
                && IncidentGrouping.reportId(members.get(0)).equals(reportId));
    }

    /** Equal but for version and status. */
    private static boolean sameContent(ConflictAlert a, ConflictAlert b) {
        return ConflictAlert.newBuilder(a).setVersion(1).setStatus(AlertStatus.NEW).build()
                .equals(ConflictAlert.newBuilder(b).setVersion(1).setStatus(AlertStatus.NEW).build());
    }

    /** The cause's headers, less any withdrawal mark a producer may have set. */
    private static Headers ownHeaders(Headers cause) {
        Headers headers = new RecordHeaders(cause.toArray());
        headers.remove(SUPERSEDED_BY_HEADER);
        return headers;
    }

    private static String storeKey(String incidentKey, String id) {
        return incidentKey + "|" + id;
    }

    /** The entries of one incident key, by the id after the key. */
    private static <V> Map<String, V> scan(KeyValueStore<String, V> store, String incidentKey) {
        String prefix = incidentKey + "|";
        Map<String, V> found = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> entries = store.prefixScan(prefix, new StringSerializer())) {
            while (entries.hasNext()) {
                KeyValue<String, V> entry = entries.next();
                found.put(entry.key.substring(prefix.length()), entry.value);
            }
        }
        return found;
    }
}
