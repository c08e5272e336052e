package org.sahelwatch.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;
import org.sahelwatch.text.TextNormalizer;

/**
 * The filters of the listing endpoints, read and checked from the query string: a value the API does
 * not know is an error that lists the values it accepts, never an empty answer. Country codes and
 * names (English or French), severities and event types are matched without regard to case; country
 * and region names also without regard to accents ("Tillaberi" is Tillabéri).
 *
 * @param countryCode ISO code of one of the Sahel countries, or null
 * @param since alerts last seen at or after this instant, or null
 * @param minSeverity alerts of this severity or higher, or null
 * @param eventType alerts of this event type, or null
 * @param region an admin1 region or place name, folded, or null
 */
record IncidentFilter(String countryCode, Instant since, Severity minSeverity, EventType eventType, String region)
        implements Predicate<ConflictAlert> {

    static final String COUNTRY = "country";
    static final String SINCE = "since";
    static final String SEVERITY = "severity";
    static final String EVENT_TYPE = "eventType";
    /** Only on /internal/incidents: the region of /api/regions/{admin1}/incidents, forwarded. */
    static final String REGION = "admin1";
    static final List<String> PUBLIC_PARAMETERS = List.of(COUNTRY, SINCE, SEVERITY, EVENT_TYPE);
    static final List<String> INTERNAL_PARAMETERS = List.of(COUNTRY, SINCE, SEVERITY, EVENT_TYPE, REGION);

    /** The countries the alerts cover, by ISO code, with the names a user may give (English, then French). */
    static final Map<String, List<String>> COUNTRIES = countries(
            "ML", "Mali", "BF", "Burkina Faso", "NE", "Niger", "TD", "Chad|Tchad", "MR", "Mauritania|Mauritanie");

    static final IncidentFilter NONE = new IncidentFilter(null, null, null, null, null);

    @Override
    public boolean test(ConflictAlert a) {
        return (countryCode == null || countryCode.equals(a.getLocation().getCountryCode()))
                && (since == null || !a.getLastSeenAt().isBefore(since))
                && (minSeverity == null || a.getSeverity().ordinal() >= minSeverity.ordinal())
                && (eventType == null || eventType == a.getEventType())
                && (region == null || region.equals(fold(a.getLocation().getAdmin1()))
                    || region.equals(fold(a.getLocation().getName())));
    }

    /**
     * Reads the query string of a listing endpoint. {@code accepted} names the parameters the endpoint
     * takes; {@code pathRegion} is the region of the path, if any.
     */
    static IncidentFilter parse(Map<String, List<String>> query, List<String> accepted, String pathRegion) {
        for (String name : query.keySet()) {
            if (!accepted.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "': this endpoint takes "
                        + String.join(", ", accepted) + " (see /openapi.json)");
            }
        }
        String region = pathRegion != null ? pathRegion : value(query, REGION);
        return new IncidentFilter(country(value(query, COUNTRY)), since(value(query, SINCE)),
                severity(value(query, SEVERITY)), eventType(value(query, EVENT_TYPE)),
                region == null ? null : fold(region));
    }

    /** The same filter as a query string for another instance's /internal/incidents ("" when none). */
    String toQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(COUNTRY, countryCode);
        params.put(SINCE, since == null ? null : since.toString());
        params.put(SEVERITY, minSeverity == null ? null : minSeverity.name());
        params.put(EVENT_TYPE, eventType == null ? null : eventType.name());
        params.put(REGION, region);
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> {
            if (v != null) {
                parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String value(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' is given " + values.size() + " times; give it once");
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static String country(String given) {
        if (given == null) {
            return null;
        }
        String folded = fold(given);
        for (Map.Entry<String, List<String>> c : COUNTRIES.entrySet()) {
            if (c.getKey().equalsIgnoreCase(given) || c.getValue().stream().anyMatch(n -> fold(n).equals(folded))) {
                return c.getKey();
            }
        }
        throw new IllegalArgumentException("country '" + given + "' is not one the alerts cover: give one of "
                + COUNTRIES.entrySet().stream().map(c -> c.getKey() + " (" + String.join(", ", c.getValue()) + ")")
                        .collect(Collectors.joining(", ")) + ", by code or by name");
    }

    private static Instant since(String given) {
        if (given == null) {
            return null;
        }
        try {
            return Instant.parse(given);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since '" + given + "' is not an ISO-8601 instant such as 2023-11-14T00:00:00Z");
        }
    }

    private static Severity severity(String given) {
        return given == null ? null : symbol(Severity.class, given, SEVERITY,
                "alerts of that severity or higher");
    }

    private static EventType eventType(String given) {
        return given == null ? null : symbol(EventType.class, given, EVENT_TYPE, "ACLED's event types");
    }

    private static <E extends Enum<E>> E symbol(Class<E> type, String given, String parameter, String meaning) {
        String wanted = given.toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException(parameter + " '" + given + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                + " (" + meaning + ")");
    }

    /** Case, accents, hyphens and apostrophes folded as the tagger folds names. */
    static String fold(String name) {
        return name == null ? null : TextNormalizer.foldPhrase(name).strip();
    }

    private static Map<String, List<String>> countries(String... codeAndNames) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < codeAndNames.length; i += 2) {
            out.put(codeAndNames[i], List.of(codeAndNames[i + 1].split("\\|")));
        }
        return Collections.unmodifiableMap(out);
    }
}
