package org.sahelwatch.routing;

import java.util.Objects;
import java.util.Set;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;

/**
 * One route: alerts matching every given condition go to {@code topic}. An empty set or a null
 * severity means "any".
 */
public record Route(String name, String topic, Set<String> countries, Severity minSeverity,
                    Set<EventType> eventTypes, Set<String> actorIds) {

    public Route {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        countries = Set.copyOf(countries);
        eventTypes = Set.copyOf(eventTypes);
        actorIds = Set.copyOf(actorIds);
    }

    public boolean matches(ConflictAlert alert) {
        return (countries.isEmpty() || countries.contains(alert.getLocation().getCountryCode()))
                && (minSeverity == null || alert.getSeverity().ordinal() >= minSeverity.ordinal())
                && (eventTypes.isEmpty() || eventTypes.contains(alert.getEventType()))
                && (actorIds.isEmpty() || alert.getActors().stream().anyMatch(a -> actorIds.contains(a.getActorId())));
    }
}
