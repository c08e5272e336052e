package org.sahelwatch.pipeline;

/**
 * Names of every processor, store and internal topic. They are contracts: changelog and
 * repartition topic names derive from them, so renaming one breaks a rolling upgrade.
 */
public final class PipelineNames {

    public static final String VALIDATE_SOURCE = "validate-raw-source";
    public static final String VALIDATE_PROCESSOR = "validate-articles";
    public static final String VALIDATE_SPLIT = "validate-";
    public static final String VALIDATE_VALID = "valid";
    public static final String VALIDATE_INVALID = "invalid";
    public static final String VALIDATE_UNWRAP = "validate-unwrap";
    public static final String VALIDATE_TO_DEADLETTER = "validate-to-deadletter";
    public static final String VALIDATE_DEADLETTER_SINK = "validate-deadletter-sink";

    public static final String DEDUP_KEY = "dedup-key-by-canonical-url";
    public static final String DEDUP_REPARTITION = "dedup-canonical-key";
    public static final String DEDUP_PROCESSOR = "dedup-drop-duplicates";
    public static final String DEDUP_STORE = "dedup-seen-articles-store";

    public static final String ENRICH_PROCESSOR = "enrich-articles";
    public static final String ENRICH_SPLIT = "enrich-";
    public static final String ENRICH_OK = "ok";
    public static final String ENRICH_FAILED = "failed";
    public static final String ENRICH_UNWRAP = "enrich-unwrap";
    public static final String ENRICH_SINK = "enrich-enriched-sink";
    public static final String ENRICH_TO_DEADLETTER = "enrich-to-deadletter";
    public static final String ENRICH_DEADLETTER_KEY = "enrich-deadletter-key";
    public static final String ENRICH_DEADLETTER_SINK = "enrich-deadletter-sink";

    public static final String ALERTS_DECIDE = "alerts-decide";
    public static final String ALERTS_SINK = "alerts-sink";
    public static final String ALERTS_TOMBSTONES = "alerts-withdrawn-as-tombstones";

    public static final String INCIDENTS_REPARTITION = "incidents-by-key";
    public static final String INCIDENTS_MERGE = "incidents-merge";
    /** The reports held per incident key (key incidentKey|reportId). */
    public static final String INCIDENTS_REPORTS_STORE = "incidents-reports-store";
    /** The last version published of each incident (key incidentKey|alertId). */
    public static final String INCIDENTS_PUBLISHED_STORE = "incidents-published-store";
    /** The event-time clock of each incident key: the time of its newest report. */
    public static final String INCIDENTS_CLOCK_STORE = "incidents-clock-store";

    public static final String ROUTE_PREFIX = "route-";

    public static final String SURGES_NEW_INCIDENTS = "surges-new-incidents";
    public static final String SURGES_KEY = "surges-key-by-region";
    public static final String SURGES_REPARTITION = "surges-by-region";
    public static final String SURGES_DETECT = "surges-detect";
    public static final String SURGES_STORE = "surges-region-activity-store";
    public static final String SURGES_SINK = "surges-sink";

    public static final String HISTORY_SOURCE = "desk-alerts-source";
    public static final String HISTORY_INDEX = "desk-index-alert-history";
    public static final String HISTORY_STORE = "desk-alert-history-store";

    /** Metric group of Sahelwatch's own counters. */
    public static final String METRICS_SCOPE = "sahelwatch";

    private PipelineNames() {
    }
}
