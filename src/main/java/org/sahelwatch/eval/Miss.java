package org.sahelwatch.eval;

/**
 * One row where the tagger disagreed with ACLED on one metric.
 *
 * @param rowId    ACLED's event_id_cnty (or #row)
 * @param line     the line of the CSV file where the row starts
 * @param metric   the metric
 * @param expected ACLED's value
 * @param got      the tagger's value, with context (e.g. "Nord (focus Djibo)")
 * @param notes    the row's notes text
 */
public record Miss(String rowId, int line, Metric metric, String expected, String got, String notes) {
}
