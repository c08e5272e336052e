package org.sahelwatch.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation.
 *
 * @param rowsRead       data rows in the file, skipped ones included
 * @param overall        every metric over all evaluated rows
 * @param languageColumn the column rows were grouped by, or null
 * @param byLanguage     the metrics per value of that column ("(none)" for blank), empty without one
 * @param matchKinds     for admin1 and admin2, how many hits came from each kind of name match
 * @param skipped        rows not evaluated, with line and reason, in file order
 * @param remarks        counts of values left out of a metric, e.g. an unknown event type
 * @param misses         every disagreement, ordered by metric, then by row
 * @param tagNanos       the time each evaluated row took to tag, in row order
 * @param typeConfusion  event-type confusion (truth: ACLED's type; "NONE": no event found), "all" and per group
 * @param subTypeConfusion sub-event-type confusion, "all" and per group
 * @param byRegionMention the metrics of the rows whose notes name the event's admin region, and of the others
 */
public record EvalReport(int rowsRead, Tally overall, String languageColumn, Map<String, Tally> byLanguage,
                         Map<Metric, Map<AdminNames.Match, Integer>> matchKinds, List<Skipped> skipped,
                         Map<String, Integer> remarks, List<Miss> misses, long[] tagNanos,
                         Map<String, org.sahelwatch.learn.Confusion> typeConfusion,
                         Map<String, org.sahelwatch.learn.Confusion> subTypeConfusion,
                         Map<String, Tally> byRegionMention) {

    /** A row that was read but not evaluated, or could not be read. */
    public record Skipped(int line, String rowId, String reason) {
    }

    public EvalReport {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        matchKinds = Collections.unmodifiableMap(new LinkedHashMap<>(matchKinds));
        remarks = Collections.unmodifiableMap(new LinkedHashMap<>(remarks));
        skipped = List.copyOf(skipped);
        misses = List.copyOf(misses);
        tagNanos = tagNanos.clone();
        typeConfusion = Collections.unmodifiableMap(new LinkedHashMap<>(typeConfusion));
        subTypeConfusion = Collections.unmodifiableMap(new LinkedHashMap<>(subTypeConfusion));
        byRegionMention = Collections.unmodifiableMap(new LinkedHashMap<>(byRegionMention));
    }

    public int rowsEvaluated() {
        return tagNanos.length;
    }

    /** Mean tagging time per row, in ms; NaN without rows. */
    public double meanTagMillis() {
        return tagNanos.length == 0 ? Double.NaN : Arrays.stream(tagNanos).average().orElse(0) / 1e6;
    }

    /** A percentile (0–100) of the tagging time per row, in ms; NaN without rows. */
    public double tagMillisPercentile(double percentile) {
        if (tagNanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = tagNanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
