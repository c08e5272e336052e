package org.sahelwatch.learn;

import java.util.Optional;
import org.sahelwatch.avro.EventType;

/**
 * The event model's reading of one sentence.
 *
 * @param label        the sub-event type, or {@link EventLabels#NONE}
 * @param eventType    its event type; empty for no event
 * @param confidence   the calibrated probability of the event type (of "no event" for none)
 */
public record EventPrediction(String label, Optional<EventType> eventType, double confidence) {

    public boolean isEvent() {
        return eventType.isPresent();
    }
}
