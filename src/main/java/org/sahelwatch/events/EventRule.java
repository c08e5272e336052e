package org.sahelwatch.events;

import java.util.List;
import java.util.Objects;
import org.sahelwatch.avro.EventType;

/**
 * One line of {@code config/events.tsv}: trigger phrases that, with the right acting party and
 * context in the same sentence, mean an ACLED event of a given type and sub-type.
 */
public record EventRule(String id, EventType eventType, String subEventType, Agent agent,
                        List<String> context, List<String> triggers, double confidence, Target target) {

    /**
     * What the trigger's object (or, in the passive, its subject) must be: the victims of "killed
     * three herders" are civilians, of "killed three soldiers" armed; "seized the town" is territory,
     * "seized livestock" property.
     */
    public enum Target {
        /** No condition. */
        ANY,
        /** Civilians, a village or a civilian person; or none named while a context phrase is present. */
        CIVILIAN,
        /** Goods, animals or vehicles. */
        PROPERTY,
        /** Anything but goods, animals or vehicles. */
        NOT_PROPERTY
    }

    /** The kinds of object a trigger can have. */
    public enum ObjectKind { NONE, CIVILIAN, ARMED, PROPERTY }

    public EventRule(String id, EventType eventType, String subEventType, Agent agent,
                     List<String> context, List<String> triggers, double confidence) {
        this(id, eventType, subEventType, agent, context, triggers, confidence, Target.ANY);
    }

    /** Whether a trigger whose object is {@code object}, with the rule's context present or not, fits. */
    public boolean acceptsObject(ObjectKind object, boolean contextPresent) {
        return switch (target) {
            case ANY -> context.isEmpty() || contextPresent;
            case CIVILIAN -> object == ObjectKind.CIVILIAN
                    || (object == ObjectKind.NONE && !context.isEmpty() && contextPresent);
            case PROPERTY -> object == ObjectKind.PROPERTY && (context.isEmpty() || contextPresent);
            case NOT_PROPERTY -> object != ObjectKind.PROPERTY && (context.isEmpty() || contextPresent);
        };
    }

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
        Objects.requireNonNull(target, "target");
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
