package org.sahelwatch.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahelwatch.avro.EventType;

/**
 * The classes of the event model: ACLED's 25 sub-event types (2019+ scheme), spelled as ACLED
 * spells them, and {@link #NONE} for a sentence that reports no conflict event.
 */
public final class EventLabels {

    /** A sentence that reports no conflict event that happened. */
    public static final String NONE = "NONE";

    private static final Map<String, EventType> TYPE_OF = new LinkedHashMap<>();

    static {
        put(EventType.BATTLES, "Armed clash", "Government regains territory", "Non-state actor overtakes territory");
        put(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike", "Chemical weapon", "Grenade",
                "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Suicide bomb");
        put(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance", "Attack", "Sexual violence");
        put(EventType.PROTESTS, "Excessive force against protesters", "Peaceful protest", "Protest with intervention");
        put(EventType.RIOTS, "Mob violence", "Violent demonstration");
        put(EventType.STRATEGIC_DEVELOPMENTS, "Agreement", "Arrests", "Change to group/activity",
                "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other");
    }

    /** ACLED's sub-event types of a place changing hands: one happening, however a report tells it. */
    private static final java.util.Set<String> TERRITORY = java.util.Set.of("Government regains territory",
            "Non-state actor overtakes territory", "Non-violent transfer of territory");

    private EventLabels() {
    }

    /** Whether the sub-event type is a place changing hands (taken, retaken, handed over). */
    public static boolean changesHands(String subEventType) {
        return TERRITORY.contains(subEventType);
    }

    private static void put(EventType type, String... subEventTypes) {
        for (String s : subEventTypes) {
            TYPE_OF.put(s, type);
        }
    }

    /** The 25 sub-event types, grouped by event type. */
    public static List<String> subEventTypes() {
        return List.copyOf(TYPE_OF.keySet());
    }

    /** The event type of a sub-event type; empty for {@link #NONE} or an unknown name. */
    public static Optional<EventType> eventTypeOf(String subEventType) {
        return Optional.ofNullable(TYPE_OF.get(subEventType));
    }

    /** True for the 25 sub-event types and {@link #NONE}. */
    public static boolean isLabel(String label) {
        return NONE.equals(label) || TYPE_OF.containsKey(label);
    }

    /** Battles, explosions/remote violence and violence against civilians: what the desk calls violent. */
    public static boolean isViolent(EventType type) {
        return type == EventType.BATTLES || type == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || type == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }
}
