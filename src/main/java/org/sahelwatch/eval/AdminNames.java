package org.sahelwatch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.tagging.Gazetteer;
import org.sahelwatch.tagging.Place;
import org.sahelwatch.text.TextNormalizer;

/**
 * Compares ACLED's country and admin names with the gazetteer's. Two admin names are the same
 * region when, after folding (case, accents, hyphens and spaces ignored), they are equal, name the
 * same gazetteer region (one is the other's alias), differ by a small spelling slip (ACLED writes
 * "Koulikouro", "Haut-Bassins"), or are a documented historical equivalence ({@link #FORMER_PARENT}).
 */
public final class AdminNames {

    /** How two admin names were found to be the same region. */
    public enum Match {
        /** Equal after folding. */
        SAME,
        /** One is a gazetteer alias of the other (Tombouctou, Timbuktu). */
        ALIAS,
        /** Within the edit distance of {@link #allowedEdits(int)}. */
        SPELLING,
        /** A region and the region it was carved out of ({@link #FORMER_PARENT}). */
        HISTORICAL
    }

    /**
     * Admin1 regions created recently, by country, each with the region it was carved out of. ACLED
     * codes older events under the former parent (its admin names follow the era of the event), so a
     * tagger that names the new region is not wrong:
     * <ul>
     *   <li>Mali, Ménaka: carved out of Gao (created by law in 2012, in place from 2016; ACLED codes
     *       its older events under Gao);</li>
     *   <li>Mali, Taoudénit: created from Timbuktu (Tombouctou), same law and date;</li>
     *   <li>Mauritania, Nouakchott Nord, Ouest and Sud: the wilaya of Nouakchott split in three in 2014;
     *       ACLED still codes all three as "Nouakchott" (events of 2018 in the dev sample).</li>
     * </ul>
     * Keys and values are folded with {@link #key(String)}. Applies to admin1 only, both ways round,
     * between a region and its former parent (not between two regions carved out of the same parent).
     */
    static final Map<String, Map<String, String>> FORMER_PARENT = Map.of(
            "ML", Map.of(
                    "menaka", "gao",
                    "taoudenit", "timbuktu"),
            "MR", Map.of(
                    "nouakchottnord", "nouakchott",
                    "nouakchottouest", "nouakchott",
                    "nouakchottsud", "nouakchott"));

    private final Map<String, String> countryByName = new HashMap<>();
    /** cc + level + folded name or alias → the gazetteer regions of that name (usually one). */
    private final Map<String, List<Place>> regionsByName = new HashMap<>();

    public AdminNames(Gazetteer gazetteer) {
        // sorted: the gazetteer's own iteration order differs from one JVM run to the next
        List<Place> places = gazetteer.places().stream().sorted(Comparator.comparing(Place::id)).toList();
        for (int pass = 0; pass < 2; pass++) { // names before aliases, so that a name wins a clash
            for (Place p : places) {
                List<String> names = pass == 0 ? List.of(p.name()) : p.aliases();
                for (String name : names) {
                    String k = key(name);
                    if (k.isEmpty()) {
                        continue;
                    }
                    switch (p.kind()) {
                        case COUNTRY -> countryByName.putIfAbsent(k, p.countryCode());
                        case ADMIN1, ADMIN2 -> {
                            List<Place> list = regionsByName.computeIfAbsent(regionKey(p.countryCode(), p.kind(), k),
                                    x -> new ArrayList<>());
                            if (!list.contains(p)) {
                                list.add(p);
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
    }

    /** ISO 3166-1 alpha-2 of a country name or alias ("Burkina Faso" → BF); empty when unknown. */
    public Optional<String> countryCode(String countryName) {
        return countryName == null ? Optional.empty() : Optional.ofNullable(countryByName.get(key(countryName)));
    }

    /**
     * Whether two names of an admin region of {@code level} (ADMIN1 or ADMIN2) in country {@code cc}
     * are the same region, and how; empty when they are not (or one is blank).
     */
    public Optional<Match> match(String cc, RegionKind level, String gold, String predicted) {
        String g = key(gold == null ? "" : gold);
        String p = key(predicted == null ? "" : predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return Optional.empty();
        }
        if (g.equals(p)) {
            return Optional.of(Match.SAME);
        }
        Set<String> goldNames = namesOf(cc, level, g);
        Set<String> predictedNames = namesOf(cc, level, p);
        if (goldNames.contains(p) || predictedNames.contains(g)) {
            return Optional.of(Match.ALIAS);
        }
        for (String a : mainNames(cc, level, g)) { // not aliases: "Region I" and "Region II" differ by one letter
            for (String b : mainNames(cc, level, p)) {
                if (editDistance(a, b) <= allowedEdits(Math.min(a.length(), b.length()))) {
                    return Optional.of(Match.SPELLING);
                }
            }
        }
        if (level == RegionKind.ADMIN1) {
            Map<String, String> parents = FORMER_PARENT.getOrDefault(cc, Map.of());
            if (isParentOf(parents, goldNames, predictedNames) || isParentOf(parents, predictedNames, goldNames)) {
                return Optional.of(Match.HISTORICAL);
            }
        }
        return Optional.empty();
    }

    /**
     * The keys ({@link #key}) of a region's name as written and of the name and aliases of every gazetteer region
     * of that level in the country that bears it: "Tombouctou" gives "tombouctou", "timbuktu" …
     */
    public Set<String> keysOf(String cc, RegionKind level, String name) {
        return namesOf(cc, level, key(name == null ? "" : name));
    }

    /** The folded name itself plus the name and aliases of every gazetteer region it names. */
    private Set<String> namesOf(String cc, RegionKind level, String folded) {
        Set<String> names = new LinkedHashSet<>();
        names.add(folded);
        for (Place place : regionsByName.getOrDefault(regionKey(cc, level, folded), List.of())) {
            names.add(key(place.name()));
            place.aliases().forEach(a -> names.add(key(a)));
        }
        names.remove("");
        return names;
    }

    /** The folded name itself plus the main name of every gazetteer region it names. */
    private Set<String> mainNames(String cc, RegionKind level, String folded) {
        Set<String> names = new LinkedHashSet<>();
        names.add(folded);
        for (Place place : regionsByName.getOrDefault(regionKey(cc, level, folded), List.of())) {
            names.add(key(place.name()));
        }
        names.remove("");
        return names;
    }

    /** True when a name of {@code parent} is the former parent of a name of {@code child}. */
    private static boolean isParentOf(Map<String, String> parents, Set<String> parent, Set<String> child) {
        for (String c : child) {
            String p = parents.get(c);
            if (p != null && parent.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spelling slips allowed between two folded names, by the shorter one's length: 2 from 6
     * letters ("koulikouro" / "koulikoro"), 1 for 4–5 letters, none for shorter names, so that short
     * distinct names (Gao / Kao, Say / Gaya) never match.
     */
    static int allowedEdits(int length) {
        return length >= 6 ? 2 : length >= 4 ? 1 : 0;
    }

    /** Folded for comparison: case and accents folded, every character but letters and digits dropped. */
    public static String key(String name) {
        String folded = TextNormalizer.foldPhrase(name);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String regionKey(String cc, RegionKind level, String folded) {
        return cc + "\u0000" + level + "\u0000" + folded;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
