package org.sahelwatch.tagging;

import java.util.Set;
import org.sahelwatch.avro.RegionKind;

/**
 * Words next to a place name that say what kind of place it is: "Kidal region", "région de Mopti",
 * "cercle de Douentza", "the town of Say", "Borno State".
 */
enum Cue {
    NONE, REGION, PROVINCE, DISTRICT, TOWN;

    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "of", "from", "to", "around",
            "outside", "towards", "toward", "into", "inside", "across", "between", "a", "de", "du", "des", "d",
            "pres", "dans", "vers", "entre", "sur", "localite", "village", "town", "city", "commune", "ville");

    static Cue around(FieldText f, int first, int end) {
        String next = f.token(end);
        switch (next) {
            case "region", "regions", "state" -> {
                return REGION;
            }
            case "province" -> {
                return PROVINCE;
            }
            case "cercle", "department", "departement", "prefecture", "district" -> {
                return DISTRICT;
            }
            case "town", "village", "hamlet" -> {
                return TOWN; // "Ber town", "Diffa town"
            }
            default -> { }
        }
        int t = skipArticles(f, first - 1);
        if (LINKERS.contains(f.token(t))) {
            t = skipArticles(f, t - 1);
        }
        return switch (f.token(t)) {
            case "region" -> REGION;
            case "province" -> PROVINCE;
            case "cercle", "department", "departement", "prefecture" -> DISTRICT;
            case "town", "village", "city", "locality", "commune", "ville", "localite", "hamlet" -> TOWN;
            default -> NONE;
        };
    }

    /** Geographic nouns that may start or follow a place name: "fleuve Niger", "région de Mopti", "Niger river". */
    static final Set<String> GEOGRAPHIC_HEADS = Set.of("fleuve", "river", "lake", "lac", "delta", "region",
            "province", "cercle", "departement", "department");

    private static final Set<String> LINKERS = Set.of("of", "de", "du", "d", "des");
    private static final Set<String> ARTICLES = Set.of("the", "l", "la", "le", "les");

    /** The first token at or before {@code t} that is not an article ("région de l'Est"). */
    private static int skipArticles(FieldText f, int t) {
        while (t >= 0 && ARTICLES.contains(f.token(t))) {
            t--;
        }
        return t;
    }

    /** Whether a locative preposition or place noun stands in the three tokens before the name. */
    static boolean locativeBefore(FieldText f, int first) {
        for (int t = first - 1; t >= Math.max(0, first - 3); t--) {
            if (LOCATIVES.contains(f.token(t))) {
                return true;
            }
        }
        return false;
    }

    /** Score bonus for reading a name as {@code kind} in country {@code cc} given this cue. */
    int bonus(RegionKind kind, String cc) {
        return switch (this) {
            case REGION -> kind == RegionKind.ADMIN1 ? 60 : 0;
            case PROVINCE -> kind == (cc.equals("TD") ? RegionKind.ADMIN1 : RegionKind.ADMIN2) ? 60 : 0;
            case DISTRICT -> kind == RegionKind.ADMIN2 ? 60 : 0;
            case TOWN -> kind == RegionKind.PLACE ? 40 : 0;
            case NONE -> 0;
        };
    }
}
