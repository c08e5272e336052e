package org.sahelwatch.eval;

/** What the evaluation measures, in the order of the report. */
public enum Metric {
    COUNTRY("country"),
    ADMIN1("admin1"),
    ADMIN2("admin2"),
    FOCUS_25KM("focus within 25 km"),
    EVENT_TYPE("event type"),
    SUB_EVENT_TYPE("sub-event type"),
    FATALITIES("fatalities exact"),
    /** Micro F1: hits = 2·TP, total = 2·TP + FP + FN. */
    ACTOR_CATEGORY("actor category F1 (micro)"),
    NAMED_ACTOR("named-actor recall"),
    /**
     * Of the rows whose first event names ACLED's actor 1 and actor 2 by two different unassociated parties,
     * those where actor 1 comes first in {@code EventTag.actorIds}: who acts, then who is acted upon.
     */
    ACTOR1_FIRST("actor 1 before actor 2");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
