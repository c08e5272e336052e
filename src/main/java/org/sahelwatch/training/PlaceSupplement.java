package org.sahelwatch.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.eval.AdminNames;
import org.sahelwatch.tagging.Geo;
import org.sahelwatch.tagging.Place;
import org.sahelwatch.tagging.PlacePriors;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * The places learned from ACLED's coded events: the villages its {@code location}, {@code latitude} and
 * {@code longitude} name that the gazetteer lacks, and how often each reading of an ambiguous name is the
 * one meant.
 * <ul>
 *   <li>A location whose name no populated place of the gazetteer has within {@value #SAME_PLACE_KM} km of
 *       ACLED's coordinates becomes a place of its own, id {@code acled:<cc>:<name>}, feature code
 *       {@value #FEATURE_CODE} (the tagger ranks it below the gazetteer's villages), at the median of its events' coordinates;
 *       its admin1 and admin2 are the gazetteer's regions of ACLED's names (Tombouctou is Timbuktu), or ACLED's
 *       names where the gazetteer has none (Niger's departments created after 2011). One name coded at
 *       spots more than {@value #SAME_PLACE_KM} km apart is several villages.</li>
 *   <li>Priors: for a name with two populated places or more (the gazetteer's and these), the events coded
 *       within {@value #SAME_PLACE_KM} km of each ({@link PlacePriors}).</li>
 * </ul>
 * Learned from any subset of the rows, so that cross-validation derives them from each fold's training rows.
 */
public final class PlaceSupplement {

    /** ACLED's coordinates and a gazetteer place this close are the same place. */
    static final double SAME_PLACE_KM = 15;
    /** The feature code of a learned place. */
    public static final String FEATURE_CODE = Place.LEARNED_CODE;

    /** The places and priors learned. */
    public record Learned(List<Place> places, PlacePriors priors) {
    }

    private record Point(String name, double latitude, double longitude, String admin1, String admin2) {
    }

    private final TaggingDictionary written;
    private final AdminNames adminNames;
    /** Folded name or alias → the gazetteer's populated places of that name. */
    private final Map<String, List<Place>> placesByName = new HashMap<>();
    /** Country code and kind (ADMIN1, ADMIN2) → the gazetteer's regions. */
    private final Map<String, List<Place>> regions = new HashMap<>();

    public PlaceSupplement(TaggingDictionary written) {
        this.written = written;
        this.adminNames = new AdminNames(written.gazetteer());
        for (Place p : written.gazetteer().places()) {
            if (p.kind() == RegionKind.PLACE) {
                index(placesByName, p);
            } else if (p.kind() == RegionKind.ADMIN1 || p.kind() == RegionKind.ADMIN2) {
                regions.computeIfAbsent(p.countryCode() + p.kind(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    private static void index(Map<String, List<Place>> byName, Place p) {
        List<String> names = new ArrayList<>(List.of(p.name()));
        names.addAll(p.aliases());
        names.stream().map(PlacePriors::key).filter(k -> !k.isEmpty()).distinct()
                .forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
    }

    /** The places and priors of the rows of {@code training}. */
    public Learned learn(List<AcledRow> rows, BitSet training) {
        Map<String, List<Point>> byName = new TreeMap<>(); // cc + '\t' + folded name -> points
        for (int i = training.nextSetBit(0); i >= 0; i = training.nextSetBit(i + 1)) {
            point(rows.get(i)).ifPresent(p -> byName.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue()));
        }
        List<Place> places = new ArrayList<>();
        byName.forEach((key, points) -> places.addAll(newPlaces(key.substring(0, 2), key.substring(3), points)));
        Map<String, List<Place>> readings = new HashMap<>(placesByName);
        places.forEach(p -> {
            List<String> names = new ArrayList<>(List.of(p.name()));
            names.addAll(p.aliases());
            names.stream().map(PlacePriors::key).distinct().forEach(k -> {
                List<Place> list = new ArrayList<>(readings.getOrDefault(k, List.of()));
                list.add(p);
                readings.put(k, list);
            });
        });
        return new Learned(places, priors(byName, readings));
    }

    /** A row's location with its country ("ML\tbonguel" → the point), when it has a name and coordinates. */
    private java.util.Optional<Map.Entry<String, Point>> point(AcledRow row) {
        String name = row.get(AcledCsv.LOCATION);
        String cc = adminNames.countryCode(row.get(AcledCsv.COUNTRY)).orElse(null);
        Double lat = number(row.get(AcledCsv.LATITUDE));
        Double lon = number(row.get(AcledCsv.LONGITUDE));
        String key = PlacePriors.key(name);
        if (cc == null || lat == null || lon == null || key.length() < 3) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Map.entry(cc + "\t" + key,
                new Point(name, lat, lon, row.get(AcledCsv.ADMIN1), row.get(AcledCsv.ADMIN2))));
    }

    /** The villages a name's points make that the gazetteer lacks: one per spot, the gazetteer's places aside. */
    private List<Place> newPlaces(String cc, String key, List<Point> points) {
        List<Place> readings = written.placesNamed(points.get(0).name());
        if (written.knows(points.get(0).name()) && readings.isEmpty()) {
            return List.of(); // a phrase that is no place to the tagger: an actor, a trigger, a newspaper
        }
        if (readings.stream().anyMatch(r -> r.countryCode().equals(cc) && (r.kind() == RegionKind.ADMIN1
                || r.kind() == RegionKind.ADMIN2 || r.isMajorPlace()))) {
            return List.of(); // a region's name, or a town's: ACLED coded the region, or the town at other coordinates
        }
        if (quarterOfACity(cc, points.get(0).name())) {
            return List.of(); // "Bamako-Coura": a quarter of Bamako to the tagger, not a village of its own
        }
        List<Place> known = placesByName.getOrDefault(key, List.of());
        List<List<Point>> spots = new ArrayList<>();
        for (Point p : points) {
            if (nearest(known, p.latitude(), p.longitude()) != null) {
                continue;
            }
            List<Point> spot = spots.stream().filter(s -> Geo.distanceKm(s.get(0).latitude(), s.get(0).longitude(),
                    p.latitude(), p.longitude()) <= SAME_PLACE_KM).findFirst().orElse(null);
            if (spot == null) {
                spots.add(spot = new ArrayList<>());
            }
            spot.add(p);
        }
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            String id = "acled:" + cc.toLowerCase(Locale.ROOT) + ":" + key.replace(' ', '-') + (i == 0 ? "" : "-" + (i + 1));
            out.add(place(id, cc, spots.get(i)));
        }
        return out;
    }

    /**
     * A name the capital or a regional capital of the country begins, joined by a hyphen ("Bamako-Coura",
     * "Gao-Château"): the name of one of the city's quarters, which the tagger reads as the city ({@code PlaceCues}).
     * A learned village of that name would be the longer match and take the city's place, as ACLED's Bamako-Coura
     * near Niono did for the quarter of Bamako. Villages named after a smaller town (Bourem-Inaly) are kept.
     */
    private boolean quarterOfACity(String cc, String name) {
        int hyphen = name.indexOf('-');
        return hyphen > 0 && written.placesNamed(name.substring(0, hyphen)).stream()
                .anyMatch(p -> p.countryCode().equals(cc) && p.kind() == RegionKind.PLACE && p.isRegionalCapital());
    }

    private Place place(String id, String cc, List<Point> spot) {
        String name = mostFrequent(spot.stream().map(Point::name).toList());
        String admin1Acled = mostFrequent(spot.stream().map(Point::admin1).toList());
        String admin2Acled = mostFrequent(spot.stream().map(Point::admin2).toList());
        Place admin1 = region(cc, RegionKind.ADMIN1, admin1Acled, null);
        String admin1Name = admin1 != null ? admin1.name() : emptyToNull(admin1Acled);
        Place admin2 = region(cc, RegionKind.ADMIN2, admin2Acled, admin1Name);
        String admin2Name = admin2 != null ? admin2.name() : emptyToNull(admin2Acled);
        List<String> aliases = spot.stream().map(Point::name).filter(n -> !PlacePriors.key(n).equals(PlacePriors.key(name)))
                .distinct().sorted().toList();
        return new Place(id, RegionKind.PLACE, name, cc, admin1Name, admin2Name,
                median(spot.stream().mapToDouble(Point::latitude).toArray()),
                median(spot.stream().mapToDouble(Point::longitude).toArray()), 0, FEATURE_CODE, aliases, List.of());
    }

    /**
     * The gazetteer's region of that level in the country whose name is ACLED's (alias and spelling slips allowed,
     * not a region carved out of it since).
     */
    private Place region(String cc, RegionKind level, String acledName, String admin1) {
        if (acledName == null || acledName.isBlank()) {
            return null;
        }
        for (Place p : regions.getOrDefault(cc + level, List.of())) {
            if ((admin1 == null || admin1.equals(p.admin1())) && adminNames.match(cc, level, acledName, p.name())
                    .filter(m -> m != AdminNames.Match.HISTORICAL).isPresent()) { // not Taoudénit for Tombouctou
                return p;
            }
        }
        return null;
    }

    /** Per ambiguous name, the events coded at each of its readings. */
    private static PlacePriors priors(Map<String, List<Point>> byName, Map<String, List<Place>> readings) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        byName.forEach((key, points) -> {
            String name = key.substring(3);
            List<Place> options = readings.getOrDefault(name, List.of());
            if (options.size() < 2) {
                return;
            }
            for (Point p : points) {
                Place meant = nearest(options, p.latitude(), p.longitude());
                if (meant != null) {
                    counts.computeIfAbsent(name, k -> new HashMap<>()).merge(meant.id(), 1, Integer::sum);
                }
            }
        });
        return PlacePriors.of(counts);
    }

    /** The place of the list nearest the point, if within {@value #SAME_PLACE_KM} km; null otherwise. */
    private static Place nearest(List<Place> places, double lat, double lon) {
        Place best = null;
        double bestKm = SAME_PLACE_KM;
        for (Place p : places) {
            if (p.latitude() != null && p.longitude() != null) {
                double km = Geo.distanceKm(lat, lon, p.latitude(), p.longitude());
                if (km <= bestKm) {
                    best = p;
                    bestKm = km;
                }
            }
        }
        return best;
    }

    private static String mostFrequent(List<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        double m = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return Math.round(m * 1e4) / 1e4;
    }

    private static Double number(String s) {
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
