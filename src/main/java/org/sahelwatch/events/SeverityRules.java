package org.sahelwatch.events;

import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;

/**
 * Ranks an event for a monitoring desk. Documented in the README ("Severity"):
 * <ol>
 *   <li>Base by event type: violence against civilians and explosions/remote violence MEDIUM;
 *       battles MEDIUM; riots, protests and strategic developments LOW.</li>
 *   <li>A change of territory (government regains / non-state actor overtakes) is at least HIGH.</li>
 *   <li>Fatalities (stated in the event's sentence; for an article's first event, the article's count): 1 or more → at least MEDIUM; 10 or more → at least HIGH; 50 or more → CRITICAL.</li>
 *   <li>At a capital or regional capital, a LOW or MEDIUM event goes one level up: a blockaded regional capital or a protest in a capital is MEDIUM, a clash in one HIGH.</li>
 * </ol>
 */
public final class SeverityRules {

    private SeverityRules() {
    }

    public static Severity rate(EventType type, String subEventType, Integer fatalities, boolean regionalCapital) {
        Severity severity = switch (type) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> Severity.MEDIUM;
            case PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS -> Severity.LOW;
        };
        if (subEventType.equals("Government regains territory")
                || subEventType.equals("Non-state actor overtakes territory")) {
            severity = atLeast(severity, Severity.HIGH);
        }
        if (fatalities != null) {
            if (fatalities >= 50) {
                severity = Severity.CRITICAL;
            } else if (fatalities >= 10) {
                severity = atLeast(severity, Severity.HIGH);
            } else if (fatalities >= 1) {
                severity = atLeast(severity, Severity.MEDIUM);
            }
        }
        if (regionalCapital && severity.ordinal() < Severity.HIGH.ordinal()) {
            severity = Severity.values()[Math.min(Severity.CRITICAL.ordinal(), severity.ordinal() + 1)];
        }
        return severity;
    }

    private static Severity atLeast(Severity current, Severity floor) {
        return current.ordinal() >= floor.ordinal() ? current : floor;
    }
}
