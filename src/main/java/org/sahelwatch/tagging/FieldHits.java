package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.events.EventRule;

/**
 * The dictionary hits of one field by kind, and the rules whose context phrases each sentence holds.
 * Within a kind the hits are leftmost-longest: sorted by first token and never overlapping, so their
 * ends, their character spans and their sentences rise with them too. The lookups below use that
 * order (a binary search, then the few hits that can qualify) so that a question about one hit never
 * walks every hit of the article: tagging stays linear in the length of the text.
 */
final class FieldHits {

    private final FieldText field;
    private final List<Hit> actors;
    private final List<Hit> places;
    private final List<Hit> triggers;
    private final Map<Integer, Set<EventRule>> contexts;
    /** Tokens covered by a place, actor or trigger hit; computed on first use. */
    private boolean[] known;
    /** How many of the first i place hits have an ADMIN1 or ADMIN2 reading; computed on first use. */
    private int[] adminReadings;

    FieldHits(FieldText field, List<Hit> actors, List<Hit> places, List<Hit> triggers,
              Map<Integer, Set<EventRule>> contexts) {
        this.field = field;
        this.actors = List.copyOf(actors);
        this.places = List.copyOf(places);
        this.triggers = List.copyOf(triggers);
        this.contexts = Map.copyOf(contexts);
    }

    List<Hit> actors() {
        return actors;
    }

    List<Hit> places() {
        return places;
    }

    List<Hit> triggers() {
        return triggers;
    }

    /** The event rules whose context phrases sentence {@code sentence} holds. */
    Set<EventRule> contextsIn(int sentence) {
        return contexts.getOrDefault(sentence, Set.of());
    }

    /** The hits of {@code hits} (one kind of this field) in sentence {@code sentence}, in order. */
    List<Hit> inSentence(List<Hit> hits, int sentence) {
        int[] range = field.sentenceTokens(sentence);
        return hits.subList(firstAtOrAfter(hits, range[0]), firstAtOrAfter(hits, range[1]));
    }

    /** Whether a place, actor or trigger phrase covers token {@code t}. */
    boolean known(int t) {
        if (known == null) {
            known = new boolean[field.tokens.count()];
            for (List<Hit> kind : List.of(places, actors, triggers)) {
                for (Hit h : kind) {
                    field.step();
                    for (int u = h.first(); u < h.end(); u++) {
                        known[u] = true;
                    }
                }
            }
        }
        return t >= 0 && t < known.length && known[t];
    }

    /** Whether a place hit with index in [from, to), other than {@code except}, has an ADMIN1 or ADMIN2 reading. */
    boolean adminReadingAmong(int from, int to, Hit except) {
        if (adminReadings == null) {
            adminReadings = new int[places.size() + 1];
            for (int i = 0; i < places.size(); i++) {
                adminReadings[i + 1] = adminReadings[i] + (hasAdminReading(places.get(i)) ? 1 : 0);
            }
        }
        if (from >= to) {
            return false;
        }
        int count = adminReadings[to] - adminReadings[from];
        int i = except == null ? -1 : firstAtOrAfter(places, except.first());
        boolean exceptAmong = i >= from && i < to && places.get(i) == except;
        return count - (exceptAmong && hasAdminReading(except) ? 1 : 0) > 0;
    }

    private static boolean hasAdminReading(Hit place) {
        return place.entries().stream().anyMatch(e -> e instanceof Entry.PlaceName p
                && (p.place().kind() == RegionKind.ADMIN1 || p.place().kind() == RegionKind.ADMIN2));
    }

    /** Index of the first hit of {@code hits} whose first token is at or after {@code token} ({@code hits.size()} if none). */
    static int firstAtOrAfter(List<Hit> hits, int token) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).first() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The hit of {@code hits} that starts at token {@code t}, or null. */
    static Hit startingAt(List<Hit> hits, int t) {
        int i = firstAtOrAfter(hits, t);
        return i < hits.size() && hits.get(i).first() == t ? hits.get(i) : null;
    }

    /** The hit of {@code hits} whose last token is {@code end - 1}, or null. */
    static Hit endingAt(List<Hit> hits, int end) {
        int i = firstAtOrAfter(hits, end) - 1;
        return i >= 0 && hits.get(i).end() == end ? hits.get(i) : null;
    }

    /** The hit of {@code hits} that covers token {@code t}, or null. */
    static Hit covering(List<Hit> hits, int t) {
        int i = firstAtOrAfter(hits, t + 1) - 1;
        return i >= 0 && hits.get(i).end() > t ? hits.get(i) : null;
    }

    /** The hit of {@code hits} that covers all of {@code inner}'s tokens, or null. */
    static Hit covering(List<Hit> hits, Hit inner) {
        Hit h = covering(hits, inner.first());
        return h != null && h.covers(inner) ? h : null;
    }

    /** The hits of {@code hits} that start at a token in [from, to), in order. */
    static List<Hit> startingIn(List<Hit> hits, int from, int to) {
        return from >= to ? List.of() : hits.subList(firstAtOrAfter(hits, from), firstAtOrAfter(hits, to));
    }

    /** The hits of {@code hits} that end (their {@code end()}) at a token in [from, to], in order. */
    static List<Hit> endingIn(List<Hit> hits, int from, int to) {
        List<Hit> out = new ArrayList<>(2);
        for (int i = firstAtOrAfter(hits, to) - 1; i >= 0 && hits.get(i).end() >= from; i--) {
            if (hits.get(i).end() <= to) {
                out.add(0, hits.get(i));
            }
        }
        return out;
    }

    /** Index of the first hit of {@code hits} whose span ends after original offset {@code offset}. */
    static int firstEndingAfterOffset(List<Hit> hits, int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first hit of {@code hits} whose span starts at or after original offset {@code offset}. */
    static int firstFromOffset(List<Hit> hits, int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
