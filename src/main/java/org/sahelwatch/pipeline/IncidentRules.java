package org.sahelwatch.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of the incident stage.
 *
 * @param quietGap                 reports of one place join while each comes within this gap of another
 * @param maxSpan                  an incident spans at most this long: a longer chain of reports is cut
 * @param grace                    how late a report may arrive (behind the newest report of its key) and
 *                                 still be merged exactly as if it had arrived in order
 * @param nearDuplicateSimilarity  MinHash similarity from which a report is a copy of an earlier one
 */
public record IncidentRules(Duration quietGap, Duration maxSpan, Duration grace, double nearDuplicateSimilarity) {

    public IncidentRules {
        Objects.requireNonNull(quietGap, "quietGap");
        Objects.requireNonNull(maxSpan, "maxSpan");
        Objects.requireNonNull(grace, "grace");
        if (maxSpan.compareTo(quietGap) < 0) {
            throw new IllegalArgumentException("incidents.max.span.ms (" + maxSpan.toMillis()
                    + ") is shorter than incidents.quiet.gap.ms (" + quietGap.toMillis() + "); set it to the gap or more");
        }
    }

    /** The defaults of config/application.properties: 48 h gap, 7-day span, 7-day grace, similarity 0.5. */
    public static IncidentRules defaults() {
        return new IncidentRules(Duration.ofHours(48), Duration.ofDays(7), Duration.ofDays(7), 0.5);
    }

    public IncidentRules withGrace(Duration newGrace) {
        return new IncidentRules(quietGap, maxSpan, newGrace, nearDuplicateSimilarity);
    }

    /**
     * Whether an incident whose last report is at {@code lastReportMillis} is closed once the newest
     * report of its key is at {@code clockMillis}: no report within the grace can reach it any more.
     */
    boolean isClosed(long lastReportMillis, long clockMillis) {
        return lastReportMillis + quietGap.toMillis() + grace.toMillis() < clockMillis;
    }
}
