package org.sahelwatch.eval;

import java.util.EnumMap;
import java.util.Map;

/** Hits and totals of every metric over a set of rows (all rows, or one language's). */
public final class Tally {

    private final Map<Metric, long[]> counts = new EnumMap<>(Metric.class);
    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private long rows;

    void row() {
        rows++;
    }

    void count(Metric metric, boolean hit) {
        long[] c = counts.computeIfAbsent(metric, m -> new long[2]);
        if (hit) {
            c[0]++;
        }
        c[1]++;
    }

    void categories(long tp, long fp, long fn) {
        truePositives += tp;
        falsePositives += fp;
        falseNegatives += fn;
    }

    /** Rows evaluated. */
    public long rows() {
        return rows;
    }

    public Score score(Metric metric) {
        if (metric == Metric.ACTOR_CATEGORY) {
            return new Score(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
        }
        long[] c = counts.getOrDefault(metric, new long[2]);
        return new Score(c[0], c[1]);
    }

    public long truePositives() {
        return truePositives;
    }

    public long falsePositives() {
        return falsePositives;
    }

    public long falseNegatives() {
        return falseNegatives;
    }

    /** Actor-category precision, TP / (TP + FP); NaN when nothing was predicted. */
    public double precision() {
        return new Score(truePositives, truePositives + falsePositives).ratio();
    }

    /** Actor-category recall, TP / (TP + FN); NaN when there was nothing to find. */
    public double recall() {
        return new Score(truePositives, truePositives + falseNegatives).ratio();
    }
}
