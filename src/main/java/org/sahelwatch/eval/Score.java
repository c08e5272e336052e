package org.sahelwatch.eval;

/** A metric's result: {@code hits / total = ratio}. */
public record Score(long hits, long total) {

    /** hits / total; NaN when nothing was counted. */
    public double ratio() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }
}
