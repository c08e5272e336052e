package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every country, region and populated place Sahelwatch knows, loaded from
 * {@code config/gazetteer/*.tsv} (generated from GeoNames by {@code src/tools/gazetteer}).
 * Immutable after loading.
 */
public final class Gazetteer {

    private static final Logger log = LoggerFactory.getLogger(Gazetteer.class);

    /** The five countries Sahelwatch monitors. */
    public static final Set<String> SAHEL_COUNTRIES = Set.of("ML", "BF", "NE", "TD", "MR");

    private final Map<String, Place> byId;
    private final Map<String, Place> countries;
    private final Map<String, Place> admin1ByKey;
    private final Map<String, Place> admin2ByKey;

    private Gazetteer(Map<String, Place> byId) {
        this.byId = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byId)); // file order: ties resolve the same way every run
        Map<String, Place> countryMap = new HashMap<>();
        Map<String, Place> admin1 = new HashMap<>();
        Map<String, Place> admin2 = new HashMap<>();
        for (Place p : byId.values()) {
            switch (p.kind()) {
                case COUNTRY -> countryMap.put(p.countryCode(), p);
                case ADMIN1 -> admin1.putIfAbsent(key(p.countryCode(), p.name()), p);
                case ADMIN2 -> admin2.putIfAbsent(key(p.countryCode(), p.admin1(), p.name()), p);
                default -> { }
            }
        }
        this.countries = Map.copyOf(countryMap);
        this.admin1ByKey = Map.copyOf(admin1);
        this.admin2ByKey = Map.copyOf(admin2);
    }

    /** Loads the listed files; a bad row is logged with its file and line and skipped. */
    public static Gazetteer load(DictionarySource source, List<String> files) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (String file : files) {
            String name = "gazetteer/" + file;
            try (BufferedReader reader = source.open(name)) {
                for (TsvTable.Row row : TsvTable.read(source.describe(name), reader).rows()) {
                    parse(row).ifPresent(p -> {
                        Place previous = places.putIfAbsent(p.id(), p);
                        if (previous != null) {
                            log.warn("Gazetteer id {} appears twice; keeping the first, skipping {}", p.id(), row.where());
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("the gazetteer is empty: no rows in " + files
                    + "; regenerate it with src/tools/gazetteer (see its README)");
        }
        return new Gazetteer(places);
    }

    /** Builds a gazetteer from entries (tests). */
    public static Gazetteer of(Collection<Place> places) {
        Map<String, Place> map = new LinkedHashMap<>();
        places.forEach(p -> map.put(p.id(), p));
        return new Gazetteer(map);
    }

    /**
     * This gazetteer with {@code more} places after its own (a place whose id it already has is left out):
     * the places learned from coded events, per cross-validation fold.
     */
    public Gazetteer with(Collection<Place> more) {
        Map<String, Place> map = new LinkedHashMap<>(byId);
        more.forEach(p -> map.putIfAbsent(p.id(), p));
        return new Gazetteer(map);
    }

    private static Optional<Place> parse(TsvTable.Row row) {
        try {
            String id = row.get("id");
            RegionKind kind = RegionKind.valueOf(row.get("kind"));
            String cc = row.get("countryCode").toUpperCase(Locale.ROOT);
            if (id.isEmpty() || cc.length() != 2) {
                throw new IllegalArgumentException("needs an id and a two-letter countryCode");
            }
            return Optional.of(new Place(id, kind, row.get("name"), cc, emptyToNull(row.get("admin1")),
                    emptyToNull(row.get("admin2")), parseDouble(row.get("latitude")),
                    parseDouble(row.get("longitude")), parseLong(row.get("population")),
                    row.get("featureCode"), row.list("aliases"), row.list("demonyms")));
        } catch (RuntimeException e) {
            log.warn("Skipping gazetteer entry at {}: {}", row.where(), e.getMessage());
            return Optional.empty();
        }
    }

    public Collection<Place> places() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Place> country(String countryCode) {
        return Optional.ofNullable(countries.get(countryCode));
    }

    /** English country name for a code, or the code itself when unknown. */
    public String countryName(String countryCode) {
        Place c = countries.get(countryCode);
        return c == null ? countryCode : c.name();
    }

    public Optional<Place> admin1(String countryCode, String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(admin1ByKey.get(key(countryCode, name)));
    }

    public Optional<Place> admin2(String countryCode, String admin1, String name) {
        return name == null ? Optional.empty()
                : Optional.ofNullable(admin2ByKey.get(key(countryCode, admin1, name)));
    }

    public static boolean isSahel(String countryCode) {
        return SAHEL_COUNTRIES.contains(countryCode);
    }

    private static String key(String... parts) {
        List<String> folded = new ArrayList<>(parts.length);
        for (String p : parts) {
            folded.add(p == null ? "" : TextNormalizer.foldPhrase(p));
        }
        return String.join("\u0000", folded);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Double parseDouble(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0L : Long.parseLong(s);
    }
}
