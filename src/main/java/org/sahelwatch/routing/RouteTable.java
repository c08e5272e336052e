package org.sahelwatch.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;
import org.sahelwatch.tagging.ActorDictionary;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Gazetteer;
import org.sahelwatch.tagging.TsvTable;

/**
 * Reads and validates {@code routes.tsv}: columns name, topic, countries, minSeverity, eventTypes,
 * actors (lists separated by '|'). Every problem found is reported, each with its line and what to do.
 */
public final class RouteTable {

    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private RouteTable() {
    }

    /** Thrown when routes.tsv has mistakes; the message lists them all. */
    public static final class InvalidRoutesException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidRoutesException(String source, List<String> problems) {
            super(source + " has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in its routes"
                    + ":\n  " + String.join("\n  ", problems)
                    + "\nFix the file (columns: name, topic, countries, minSeverity, eventTypes, actors) and restart.");
        }
    }

    public static List<Route> load(DictionarySource source, String file, Gazetteer gazetteer, ActorDictionary actors,
                                   Set<String> reservedTopics) {
        try (BufferedReader reader = source.open(file)) {
            return parse(TsvTable.read(source.describe(file), reader), source.describe(file), gazetteer, actors,
                    reservedTopics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Route> parse(TsvTable table, String where, Gazetteer gazetteer, ActorDictionary actors,
                             Set<String> reservedTopics) {
        List<Route> routes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> topics = new HashSet<>();
        for (TsvTable.Row row : table.rows()) {
            List<String> rowProblems = new ArrayList<>();
            String name = row.get("name");
            String topic = row.get("topic");
            if (!NAME.matcher(name).matches()) {
                rowProblems.add("name '" + name + "' must be lower-case letters, digits and dashes");
            } else if (!names.add(name)) {
                rowProblems.add("name '" + name + "' is used twice; give each route its own name");
            }
            if (!TOPIC.matcher(topic).matches()) {
                rowProblems.add("topic '" + topic + "' is not a valid Kafka topic name (letters, digits, . _ -)");
            } else if (reservedTopics.contains(topic)) {
                rowProblems.add("topic '" + topic + "' is one of the application's own topics; route to a topic of its own");
            } else if (!topics.add(topic)) {
                rowProblems.add("topic '" + topic + "' is used by two routes; merge them into one rule");
            }
            Set<String> countries = new LinkedHashSet<>();
            for (String cc : row.list("countries")) {
                String code = cc.toUpperCase(Locale.ROOT);
                if (gazetteer.country(code).isEmpty()) {
                    rowProblems.add("unknown country code '" + cc + "'; use ISO 3166-1 alpha-2 codes such as ML, BF, NE");
                }
                countries.add(code);
            }
            Severity severity = null;
            String minSeverity = row.get("minSeverity");
            if (!minSeverity.isEmpty()) {
                try {
                    severity = Severity.valueOf(minSeverity.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    rowProblems.add("minSeverity '" + minSeverity + "' is not one of LOW, MEDIUM, HIGH, CRITICAL");
                }
            }
            Set<EventType> types = new LinkedHashSet<>();
            for (String t : row.list("eventTypes")) {
                try {
                    types.add(EventType.valueOf(t.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    rowProblems.add("event type '" + t + "' is not one of " + java.util.Arrays.toString(EventType.values()));
                }
            }
            Set<String> actorIds = new LinkedHashSet<>();
            for (String id : row.list("actors")) {
                if (actors.byId(id).isEmpty()) {
                    rowProblems.add("unknown actor id '" + id + "'; use an id from config/actors.tsv");
                }
                actorIds.add(id);
            }
            if (rowProblems.isEmpty()) {
                routes.add(new Route(name, topic, countries, severity, types, actorIds));
            } else {
                rowProblems.forEach(p -> problems.add("line " + row.line() + " (route '" + name + "'): " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoutesException(where, problems);
        }
        return routes;
    }
}
