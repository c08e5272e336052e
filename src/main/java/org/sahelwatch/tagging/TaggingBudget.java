package org.sahelwatch.tagging;

import java.util.function.LongSupplier;

/**
 * The work one article may take: the stages call {@link #step()} once per iteration of each loop over
 * hits, readings, mentions, tokens or sentences; every {@value #CHECK_EVERY} steps the clock is read, and
 * past the deadline the article is given up with a {@link TaggingTooSlowException}. Checking the clock
 * that rarely costs nothing measurable, and the step count is the measure of work the linearity tests
 * compare. One per article, single-threaded like the rest of {@link ArticleState}.
 */
final class TaggingBudget {

    /** Steps between two reads of the clock (a power of two). */
    static final int CHECK_EVERY = 1024;

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final long maxNanos;
    private long steps;

    private TaggingBudget(LongSupplier nanoClock, long maxNanos) {
        this.nanoClock = nanoClock;
        this.maxNanos = maxNanos;
        this.startNanos = nanoClock == null ? 0 : nanoClock.getAsLong();
    }

    /** No deadline: the steps are only counted. */
    static TaggingBudget unlimited() {
        return new TaggingBudget(null, Long.MAX_VALUE);
    }

    /** A deadline {@code maxNanos} after now, on {@code nanoClock} (System::nanoTime, or a test's clock). */
    static TaggingBudget of(long maxNanos, LongSupplier nanoClock) {
        return new TaggingBudget(nanoClock, maxNanos);
    }

    /** One step of work; past the deadline, throws {@link TaggingTooSlowException}. */
    void step() {
        if ((++steps & (CHECK_EVERY - 1)) == 0 && nanoClock != null) {
            long elapsed = nanoClock.getAsLong() - startNanos;
            if (elapsed > maxNanos) {
                throw new TaggingTooSlowException(maxNanos / 1_000_000, elapsed / 1_000_000, steps);
            }
        }
    }

    /** The steps taken so far. */
    long steps() {
        return steps;
    }
}
