package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sahelwatch.avro.RegionKind;

/**
 * The score of one reading of a place name among its namesakes: its kind and size, the cue words
 * around it, whether the article names its country, region or cercle, how near it lies to the other
 * towns the article names, to the side of its country a compass word gives ("the central town of
 * Konna") and to the country across a border the article names. The highest score wins.
 */
final class PlaceScoring {

    private static final Set<String> LINKING = Set.of("of", "de", "d", "du", "la", "le");
    private static final Set<String> COMPASS_NOUNS = Set.of("town", "village", "city", "region", "locality",
            "commune", "ville", "localite", "hamlet", "area", "zone", "province", "district");

    /** Beyond this distance an anchor gives no proximity bonus (30 points less one per 20 km). */
    private static final double PROXIMITY_KM = 600;

    /** A side of a country that compass words give: north and east in -1, 0, 1, or its centre. */
    private record Side(double north, double east, boolean central) { }

    private final Gazetteer gazetteer;
    private final PlacePriors priors;

    PlaceScoring(TaggingDictionary dict) {
        this.gazetteer = dict.gazetteer;
        this.priors = dict.priors;
    }

    /** The score of reading the hit as {@code candidate}; higher is likelier. */
    double score(ArticleState state, FieldText f, Hit hit, Entry.PlaceName candidate) {
        Place place = candidate.place();
        double score = kindScore(place);
        score += Cue.around(f, hit.first(), hit.end()).bonus(place.kind(), place.countryCode());
        if ((place.kind() == RegionKind.ADMIN1 || place.kind() == RegionKind.ADMIN2)
                && PlaceCues.enclosingParenthesis(f, hit) != null) {
            score += 50; // "Boula (Coalla, Gnagna)": the parenthesis names the commune and the province
        }
        if (state.contextCountries.contains(place.countryCode())) {
            score += 40;
        }
        if (Gazetteer.isSahel(place.countryCode())) {
            score += 10;
        }
        if (place.kind() != RegionKind.COUNTRY && adminMentioned(state, place, hit)) {
            score += 30;
            if (admin2NamedApart(state, place, hit)) {
                score += 30; // "Sokoura (Bankass, Mopti)": the cercle and the region both named
            }
        }
        if (candidate.primaryName()) {
            score += 3;
        }
        if (hit.entries().size() > 1) {
            score += proximityBonus(state, hit, place) + compassBonus(f, hit, place) + borderBonus(state, place)
                    + PlacePriorBonus.of(priors, hit, place);
        }
        return score + Math.log10(place.population() + 1.0);
    }

    /**
     * Countries and features first, then capitals, regional capitals, towns, regions, villages, the villages learned
     * from ACLED's coded events, localities. A learned village ranks below the gazetteer's: it is learned only where
     * no gazetteer place of its name lies within 15 km of ACLED's coordinates, so a gazetteer village of that name
     * (GeoNames' Kona, alias Konna, in Mopti) is another place, and the likelier reading unless the article's context
     * (a region named, nearby towns, the priors) says otherwise.
     */
    private static double kindScore(Place place) {
        return switch (place.kind()) {
            case COUNTRY, FEATURE -> 100;
            case ADMIN1 -> 70;
            case ADMIN2 -> 60;
            case PLACE -> switch (place.featureCode()) {
                case "PPLC" -> 95;
                case "PPLA" -> 90;
                case "PPLA2" -> 85;
                default -> place.population() >= 10_000 ? 80 : place.isLocality() ? 20 : place.isLearned() ? 25 : 30;
            };
        };
    }

    /**
     * Up to 30 points for a candidate near the other towns and regions the article names, falling by
     * one point per 20 km: of the villages called Bamba, the one near Gao and Timbuktu.
     */
    private static double proximityBonus(ArticleState state, Hit hit, Place place) {
        if (place.latitude() == null || place.longitude() == null) {
            return 0;
        }
        double km = state.anchorIndex().nearestKm(place.latitude(), place.longitude(), hit.field(), hit.first(),
                PROXIMITY_KM);
        return km < PROXIMITY_KM ? Math.max(0, 30 - km / 20) : 0;
    }

    /**
     * "the village of Bossey Bangou near the border with Burkina Faso": of the namesakes, up to 15
     * points for the one nearest the country across the border (its centre), one point per 50 km.
     */
    private static double borderBonus(ArticleState state, Place place) {
        if (state.borderCountries.isEmpty() || place.kind() != RegionKind.PLACE || place.latitude() == null
                || place.longitude() == null) {
            return 0;
        }
        double best = 0;
        for (Place country : state.borderCountries) {
            if (country.latitude() != null && country.longitude() != null
                    && !country.countryCode().equals(place.countryCode())) {
                double km = Geo.distanceKm(place.latitude(), place.longitude(), country.latitude(), country.longitude());
                best = Math.max(best, 15 - km / 50);
            }
        }
        return best;
    }

    /**
     * "the central town of Konna", "the northern Malian town of Ber", "la ville septentrionale de X":
     * a compass word before a town word says where in its country the town lies. Up to 15 points
     * for a reading on that side of its country's centre, three per degree.
     */
    private double compassBonus(FieldText f, Hit hit, Place place) {
        if (place.latitude() == null || place.longitude() == null || place.kind() == RegionKind.COUNTRY) {
            return 0;
        }
        Place country = gazetteer.country(place.countryCode()).orElse(null);
        if (country == null || country.latitude() == null || country.longitude() == null) {
            return 0;
        }
        Side side = compassSide(f, hit);
        if (side == null) {
            return 0;
        }
        double dLat = place.latitude() - country.latitude();
        double dLon = place.longitude() - country.longitude();
        double bonus;
        if (side.central()) {
            bonus = -3 * Math.hypot(dLat, dLon);
        } else if (side.north() != 0 || side.east() != 0) {
            bonus = 3 * (side.north() * dLat + side.east() * dLon);
        } else {
            return 0;
        }
        return Math.max(-15, Math.min(15, bonus));
    }

    /**
     * The side the compass words before a town word give ("the northern town of"), reading back at
     * most six words of the sentence; null after a distance ("30 km north of the town of X": where
     * the event is, not where X is).
     */
    private static Side compassSide(FieldText f, Hit hit) {
        int sentence = f.sentenceOf(hit.first());
        boolean nounSeen = false;
        double north = 0;
        double east = 0;
        boolean central = false;
        for (int t = hit.first() - 1; t >= Math.max(0, hit.first() - 6) && f.sentenceOf(t) == sentence; t--) {
            String w = f.token(t);
            if (COMPASS_NOUNS.contains(w)) {
                nounSeen = true;
                continue;
            }
            if (!nounSeen) {
                if (!LINKING.contains(w)) {
                    break;
                }
                continue;
            }
            switch (w) {
                case "central", "centre", "center" -> central = true;
                case "north", "northern", "nord", "septentrionale", "septentrional" -> north = 1;
                case "south", "southern", "sud", "meridionale", "meridional" -> north = -1;
                case "east", "eastern", "est", "orientale", "oriental" -> east = 1;
                case "west", "western", "ouest", "occidentale", "occidental" -> east = -1;
                case "northeastern", "northeast" -> { north = 1; east = 1; }
                case "northwestern", "northwest" -> { north = 1; east = -1; }
                case "southeastern", "southeast" -> { north = -1; east = 1; }
                case "southwestern", "southwest" -> { north = -1; east = -1; }
                default -> { }
            }
            if (f.token(t - 1).equals("km") || f.token(t - 1).equals("kilometres") || f.token(t - 1).equals("kilometers")) {
                return null;
            }
        }
        return new Side(north, east, central);
    }

    /** The place's admin1 or admin2 is named elsewhere in the article (not by the place's own name). */
    static boolean adminMentioned(ArticleState state, Place place, Hit self) {
        return (place.kind() != RegionKind.ADMIN1 && place.admin1() != null
                    && namedElsewhere(state, state.foldedKey(place.admin1()), self))
                || (place.kind() != RegionKind.ADMIN2 && place.admin2() != null
                    && namedElsewhere(state, state.foldedKey(place.admin2()), self));
    }

    /** Both the place's admin1 and its admin2 are named, by different words of the article. */
    private static boolean admin2NamedApart(ArticleState state, Place place, Hit self) {
        if (place.kind() != RegionKind.PLACE || place.admin1() == null || place.admin2() == null) {
            return false;
        }
        List<ArticleState.TokenAt> apart = state.admin2NamedApart.computeIfAbsent(
                List.of(state.foldedKey(place.admin1()), state.foldedKey(place.admin2())),
                keys -> wordsNamingOnlyTheAdmin2(state, keys.get(0), keys.get(1)));
        return apart.stream().anyMatch(at -> at.field() != self.field() || at.token() != self.first());
    }

    /**
     * Up to two of the words that name the admin2 but not the admin1, when some word names the admin1
     * (two are enough: at most one of them is the name being scored). Once per article and pair of names.
     */
    private static List<ArticleState.TokenAt> wordsNamingOnlyTheAdmin2(ArticleState state, String admin1Key,
                                                                      String admin2Key) {
        Set<ArticleState.TokenAt> admin1Words = state.wordsNaming.computeIfAbsent(admin1Key, key -> {
            Set<ArticleState.TokenAt> words = new HashSet<>();
            state.mentionedAdminNames.getOrDefault(key, List.of())
                    .forEach(h -> words.add(new ArticleState.TokenAt(h.field(), h.first())));
            return words;
        });
        if (admin1Words.isEmpty()) {
            return List.of();
        }
        List<ArticleState.TokenAt> apart = new ArrayList<>(2);
        for (Hit h : state.mentionedAdminNames.getOrDefault(admin2Key, List.of())) {
            state.step();
            ArticleState.TokenAt at = new ArticleState.TokenAt(h.field(), h.first());
            if (!admin1Words.contains(at) && !apart.contains(at)) {
                apart.add(at);
                if (apart.size() == 2) {
                    break;
                }
            }
        }
        return apart;
    }

    private static boolean namedElsewhere(ArticleState state, String adminKey, Hit self) {
        List<Hit> hits = state.mentionedAdminNames.get(adminKey);
        return hits != null && hits.stream().anyMatch(h -> h.field() != self.field() || h.first() != self.first());
    }
}
