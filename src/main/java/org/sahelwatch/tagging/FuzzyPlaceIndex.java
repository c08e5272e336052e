package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.text.TextNormalizer;

/**
 * Misspelt names of the places a report is most likely to misspell and a desk most needs: capitals,
 * regional and district seats, towns of 10,000 or more, and the admin1/admin2 regions of the Sahel
 * countries. "women in Ouagadaougou staged a march" is Ouagadougou.
 *
 * <p>Only one-word names of seven letters or more are indexed, and a word matches when one edit
 * (a letter inserted, deleted, replaced, or two neighbours swapped) turns it into the name. Shorter
 * names are too close to each other and to ordinary words for that to be safe. Immutable and
 * shared by every stream thread.
 *
 * <p>One edit leaves the first letter or the last in place (the names are long), so the names are
 * filed by length and first letter, and by length and last letter: a word is compared with those two
 * small drawers only, not with every name of its length.
 */
final class FuzzyPlaceIndex {

    static final int MIN_LENGTH = 7;

    /** Names by length and first letter, and by length and last letter, each with the places it names. */
    private final Map<Drawer, List<Named>> byFirstLetter;
    private final Map<Drawer, List<Named>> byLastLetter;

    private record Named(String key, List<Entry.PlaceName> places) { }

    /** The names of one length that start (or end) with one letter. */
    private record Drawer(int length, char letter) { }

    private FuzzyPlaceIndex(Map<Drawer, List<Named>> byFirstLetter, Map<Drawer, List<Named>> byLastLetter) {
        this.byFirstLetter = byFirstLetter;
        this.byLastLetter = byLastLetter;
    }

    static FuzzyPlaceIndex of(Gazetteer gazetteer) {
        Map<String, List<Entry.PlaceName>> byKey = new HashMap<>();
        for (Place place : gazetteer.places()) {
            boolean wanted = place.isMajorPlace()
                    || ((place.kind() == RegionKind.ADMIN1 || place.kind() == RegionKind.ADMIN2)
                        && Gazetteer.isSahel(place.countryCode()));
            if (!wanted) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(place.name());
            names.addAll(place.aliases());
            for (String name : names) {
                String key = TextNormalizer.foldPhrase(name);
                if (key.length() >= MIN_LENGTH && key.chars().allMatch(Character::isLetter)) {
                    List<Entry.PlaceName> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                    if (list.stream().noneMatch(p -> p.place().id().equals(place.id()))) {
                        list.add(new Entry.PlaceName(place, false, false, false));
                    }
                }
            }
        }
        Map<Drawer, List<Named>> byFirst = new HashMap<>();
        Map<Drawer, List<Named>> byLast = new HashMap<>();
        byKey.forEach((key, places) -> {
            Named named = new Named(key, List.copyOf(places));
            byFirst.computeIfAbsent(new Drawer(key.length(), key.charAt(0)), d -> new ArrayList<>()).add(named);
            byLast.computeIfAbsent(new Drawer(key.length(), key.charAt(key.length() - 1)), d -> new ArrayList<>())
                    .add(named);
        });
        byFirst.replaceAll((d, list) -> List.copyOf(list));
        byLast.replaceAll((d, list) -> List.copyOf(list));
        return new FuzzyPlaceIndex(Map.copyOf(byFirst), Map.copyOf(byLast));
    }

    /**
     * The places whose name is one edit away from {@code word} (folded), or an empty list when none
     * is, or when the word is that close to two different names (then it is no clear misspelling).
     */
    List<Entry.PlaceName> near(String word) {
        if (word.length() < MIN_LENGTH) {
            return List.of();
        }
        Named found = null;
        for (int n = word.length() - 1; n <= word.length() + 1; n++) {
            for (List<Named> drawer : List.of(
                    byFirstLetter.getOrDefault(new Drawer(n, word.charAt(0)), List.of()),
                    byLastLetter.getOrDefault(new Drawer(n, word.charAt(word.length() - 1)), List.of()))) {
                for (Named named : drawer) {
                    if (named != found && !named.key().equals(word) && withinOneEdit(word, named.key())) {
                        if (found != null) {
                            return List.of();
                        }
                        found = named;
                    }
                }
            }
        }
        return found == null ? List.of() : found.places();
    }

    /** Optimal-string-alignment distance of at most one. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // one letter replaced
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // two neighbours swapped
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
