package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each reading of an ambiguous place name is the one meant in conflict reporting: for a
 * name (folded, as the matcher keys it) the number of coded events at each of its readings. Learned
 * from ACLED's coding ({@code config/place-priors.tsv}, or per cross-validation fold) and read by
 * {@link PlaceScoring} among namesakes. Immutable.
 */
public final class PlacePriors {

    /** No priors: every reading scores as before. */
    public static final PlacePriors NONE = new PlacePriors(Map.of());

    private final Map<String, Map<String, Integer>> byName;

    private PlacePriors(Map<String, Map<String, Integer>> byName) {
        Map<String, Map<String, Integer>> copy = new HashMap<>();
        byName.forEach((name, counts) -> copy.put(name, Map.copyOf(counts)));
        this.byName = Collections.unmodifiableMap(copy);
    }

    /** Priors from counts: folded name → place id → events. */
    public static PlacePriors of(Map<String, Map<String, Integer>> counts) {
        return counts.isEmpty() ? NONE : new PlacePriors(counts);
    }

    /** The key a name is counted under: its folded tokens joined by single spaces ("Bonguel" → "bonguel"). */
    public static String key(String name) {
        return TaggingDictionary.foldedKey(name);
    }

    /** The events coded at reading {@code placeId} of the name {@code key}. */
    public int events(String key, String placeId) {
        Map<String, Integer> counts = byName.get(key);
        return counts == null ? 0 : counts.getOrDefault(placeId, 0);
    }

    /** The events coded at any reading of the name. */
    public int events(String key) {
        Map<String, Integer> counts = byName.get(key);
        return counts == null ? 0 : counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The share of the name's events at this reading, smoothed over its {@code readings} readings
     * ((n + ½) / (N + ½ k)); 0 when no event was coded at any reading of the name.
     */
    public double share(String key, String placeId, int readings) {
        int total = events(key);
        return total == 0 ? 0 : (events(key, placeId) + 0.5) / (total + 0.5 * Math.max(1, readings));
    }

    public int size() {
        return byName.size();
    }

    /** The counts, sorted by name and place id (for writing the table). */
    public Map<String, Map<String, Integer>> sorted() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        byName.forEach((name, counts) -> out.put(name, new TreeMap<>(counts)));
        return out;
    }

    /** Reads a table with the columns {@code name placeId events}; a bad row stops the reading with its line. */
    public static PlacePriors read(String source, BufferedReader reader) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(source, reader).rows()) {
            int events;
            try {
                events = Integer.parseInt(row.get("events"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(row.where() + ": events must be a whole number, not '"
                        + row.get("events") + "'; rebuild the table with `sahelwatch train`", e);
            }
            counts.computeIfAbsent(row.get("name"), n -> new HashMap<>()).merge(row.get("placeId"), events, Integer::sum);
        }
        return of(counts);
    }

    /** The column header of the table. */
    public static final List<String> COLUMNS = List.of("name", "placeId", "events");
}
