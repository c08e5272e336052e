package org.sahelwatch.events;

import java.util.List;
import java.util.Objects;
import org.sahelwatch.avro.EventType;

/**
 * One line of {@code config/events.tsv}: trigger phrases that, with the right acting party and
 * context in the same sentence, mean an ACLED event of a given type and sub-type.
 */
public record EventRule(String id, EventType eventType, String subEventType, Agent agent,
                        List<String> context, List<String> triggers, double confidence) {

    /** Who must be acting for the rule to hold. */
    public enum Agent {
        /** State forces. */
        STATE,
        /** A named or generic actor that is not state forces. */
        NONSTATE,
        /** Anyone, or no actor named. */
        ANY
    }

    public EventRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subEventType, "subEventType");
        Objects.requireNonNull(agent, "agent");
        context = List.copyOf(context);
        triggers = List.copyOf(triggers);
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " has no trigger phrase");
        }
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException("rule " + id + " confidence must be in (0, 1], was " + confidence);
        }
    }

    /** Whether the acting party satisfies this rule; {@code agentIsState} is null when no agent. */
    public boolean acceptsAgent(Boolean agentIsState) {
        return switch (agent) {
            case ANY -> true;
            case STATE -> Boolean.TRUE.equals(agentIsState);
            case NONSTATE -> Boolean.FALSE.equals(agentIsState);
        };
    }
}
