package org.sahelwatch.eval;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.text.TextNormalizer;

/**
 * ACLED's event-type names, today's six and the eight of the pre-2019 scheme, mapped onto
 * {@link EventType}. An old type may also fix the sub-event type ("Battle-Government regains
 * territory" is today's Battles / Government regains territory); "Riots/Protests" accepts either of
 * today's two types.
 */
public final class AcledEventTypes {

    /**
     * The gold event of a row.
     *
     * @param types        the event types counted as correct (two for the old "Riots/Protests")
     * @param subEventType the sub-event type implied by an old type name, else null
     */
    public record Gold(Set<EventType> types, String subEventType) {

        public Gold {
            types = Set.copyOf(types);
        }

        public boolean accepts(EventType type) {
            return type != null && types.contains(type);
        }

        /** "BATTLES", or "PROTESTS|RIOTS" for a choice. */
        public String describe() {
            return String.join("|", EnumSet.copyOf(types).stream().map(Enum::name).toList());
        }
    }

    private static final Map<String, Gold> BY_NAME = Map.ofEntries(
            // today's six
            entry("Battles", EventType.BATTLES, null),
            entry("Explosions/Remote violence", EventType.EXPLOSIONS_REMOTE_VIOLENCE, null),
            entry("Violence against civilians", EventType.VIOLENCE_AGAINST_CIVILIANS, null),
            entry("Protests", EventType.PROTESTS, null),
            entry("Riots", EventType.RIOTS, null),
            entry("Strategic developments", EventType.STRATEGIC_DEVELOPMENTS, null),
            // the pre-2019 scheme
            entry("Battle-No change of territory", EventType.BATTLES, null),
            entry("Battle-Government regains territory", EventType.BATTLES, "Government regains territory"),
            entry("Battle-Non-state actor overtakes territory", EventType.BATTLES,
                    "Non-state actor overtakes territory"),
            entry("Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS,
                    "Non-violent transfer of territory"),
            entry("Remote violence", EventType.EXPLOSIONS_REMOTE_VIOLENCE, null),
            Map.entry(key("Riots/Protests"), new Gold(EnumSet.of(EventType.PROTESTS, EventType.RIOTS), null)),
            entry("Strategic development", EventType.STRATEGIC_DEVELOPMENTS, null));

    private AcledEventTypes() {
    }

    /** The gold event for ACLED's {@code event_type}; empty for a blank or unknown name. */
    public static Optional<Gold> map(String acledEventType) {
        return acledEventType == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(acledEventType)));
    }

    private static Map.Entry<String, Gold> entry(String name, EventType type, String subEventType) {
        return Map.entry(key(name), new Gold(EnumSet.of(type), subEventType));
    }

    /** Case, accents, spacing and the spaces around '-' and '/' do not matter. */
    private static String key(String name) {
        return TextNormalizer.foldPhrase(name).strip().replaceAll("\\s*([-/])\\s*", "$1").replaceAll("\\s+", " ");
    }
}
