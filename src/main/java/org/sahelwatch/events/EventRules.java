package org.sahelwatch.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.TsvTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ordered event rules of {@code config/events.tsv}. A bad rule is logged by id and skipped. */
public final class EventRules {

    private static final Logger log = LoggerFactory.getLogger(EventRules.class);

    private final List<EventRule> rules;

    public EventRules(List<EventRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static EventRules load(DictionarySource source, String file) {
        List<EventRule> rules = new ArrayList<>();
        try (BufferedReader reader = source.open(file)) {
            for (TsvTable.Row row : TsvTable.read(source.describe(file), reader).rows()) {
                try {
                    rules.add(new EventRule(row.get("id"), EventType.valueOf(row.get("eventType")),
                            row.get("subEventType"), EventRule.Agent.valueOf(row.get("agent")),
                            row.list("context"), row.list("triggers"),
                            Double.parseDouble(row.get("confidence")),
                            row.columns().containsKey("target") && !row.get("target").isEmpty()
                                    ? EventRule.Target.valueOf(row.get("target")) : EventRule.Target.ANY));
                } catch (RuntimeException e) {
                    log.warn("Skipping event rule '{}' at {}: {}", row.get("id"), row.where(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventRules(rules);
    }

    public List<EventRule> rules() {
        return rules;
    }
}
