package org.sahelwatch.tagging;

/**
 * Tagging one article took longer than its budget ({@link Tagger#withTimeBudget}): the article was given
 * up part-way, so that one text can never hold a stream thread. Tagging is linear in the length of the
 * text, so this means a very long article on a very busy machine, or a case the linearity tests missed.
 */
public final class TaggingTooSlowException extends RuntimeException {

    private final long budgetMillis;

    TaggingTooSlowException(long budgetMillis, long elapsedMillis, long steps) {
        super("tagging was stopped after " + elapsedMillis + " ms (" + steps + " steps), past its budget of "
                + budgetMillis + " ms");
        this.budgetMillis = budgetMillis;
    }

    /** The budget that was exceeded, in milliseconds. */
    public long budgetMillis() {
        return budgetMillis;
    }
}
