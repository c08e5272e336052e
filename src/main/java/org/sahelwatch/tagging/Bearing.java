package org.sahelwatch.tagging;

import java.util.Map;
import java.util.Optional;

/**
 * "about 50km west of Gao", "30 kilometres north-east of Mopti", "à 20 km au sud de Djibo": a
 * distance and a compass direction before a place name put the event that far from the place.
 */
final class Bearing {

    /** Degrees clockwise from north, by folded compass word. */
    private static final Map<String, Integer> POINTS = Map.ofEntries(
            Map.entry("north", 0), Map.entry("nord", 0),
            Map.entry("northeast", 45), Map.entry("east", 90), Map.entry("est", 90),
            Map.entry("southeast", 135), Map.entry("south", 180), Map.entry("sud", 180),
            Map.entry("southwest", 225), Map.entry("west", 270), Map.entry("ouest", 270),
            Map.entry("northwest", 315));

    private static final double KM_PER_DEGREE = 111.2;

    /** A point that far from the place, with the distance and direction that were read. */
    record Offset(double latitude, double longitude, int km, int degrees) { }

    private Bearing() {
    }

    /**
     * The point the words right before the place's token put the event at, if they give a distance
     * and a direction ("50km west of" → 50 km at 270°); empty otherwise.
     */
    static Optional<Offset> before(FieldText f, int placeToken, double latitude, double longitude) {
        int t = placeToken - 1;
        if (f.token(t).equals("the") || f.token(t).equals("la") || f.token(t).equals("le")) {
            t--;
        }
        if (!(f.token(t).equals("of") || f.token(t).equals("de") || f.token(t).equals("du") || f.token(t).equals("d"))) {
            return Optional.empty();
        }
        t--;
        Integer second = POINTS.get(f.token(t)); // "north east": east is read first, backwards
        if (second == null) {
            return Optional.empty();
        }
        t--;
        Integer first = POINTS.get(f.token(t));
        int degrees = second;
        if (first != null && (first == 0 || first == 180) && (second == 90 || second == 270)) {
            degrees = first == 0 ? (second == 90 ? 45 : 315) : (second == 90 ? 135 : 225);
            t--;
        }
        if (f.token(t).equals("au") || f.token(t).equals("l")) {
            t--; // "à 20 km au sud de", "à 20 km à l'est de"
            if (f.token(t).equals("a")) {
                t--;
            }
        }
        String unit = f.token(t);
        String number;
        if (unit.equals("km") || unit.startsWith("kilomet")) {
            number = f.token(t - 1);
        } else if (unit.endsWith("km")) {
            number = unit.substring(0, unit.length() - 2);
        } else {
            return Optional.empty();
        }
        if (number.isEmpty() || number.length() > 4 || !number.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int km = Integer.parseInt(number);
        if (km == 0 || km > 500) {
            return Optional.empty();
        }
        double rad = Math.toRadians(degrees);
        double lat = latitude + km * Math.cos(rad) / KM_PER_DEGREE;
        double lon = longitude + km * Math.sin(rad) / (KM_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return Optional.of(new Offset(lat, lon, km, degrees));
    }
}
