package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sahelwatch.events.EventRule;
import org.sahelwatch.text.Span;

/**
 * Tagging stage, the dictionary hits of each field: every phrase of the one matcher found in the
 * title and the body, sorted by kind (actors, places, triggers, context phrases) and kept leftmost-longest
 * within each kind. A place needs a capital or a geographic noun ("Diré", "fleuve Niger", not the
 * preposition "in diré") and none inside a phrase that is no place ("Stade Malien"); a capitalised
 * word after a locative, one edit from a major town or Sahel region, is a misspelt place name.
 */
final class DictionaryHits {

    private final TaggingDictionary dict;

    DictionaryHits(TaggingDictionary dict) {
        this.dict = dict;
    }

    /** Writes the hits of every field, and the misspelt place names, into the state. */
    void collect(ArticleState state) {
        for (FieldText f : state.fields) {
            List<Hit> all = match(f);
            all.addAll(misspeltPlaces(state, f, all));
            state.putHits(f, byKind(f, all));
        }
    }

    /** Every dictionary phrase in the field, with the entries that may apply (an acronym only in capitals). */
    private List<Hit> match(FieldText f) {
        List<Hit> all = new ArrayList<>();
        dict.matcher.match(f.tokens, (first, end, ids) -> {
            Span span = f.span(first, end);
            List<Entry> entries = new ArrayList<>(ids.length);
            for (int id : ids) {
                Entry e = dict.entries[id];
                if (!e.caseSensitive() || f.isAllCaps(span)) {
                    entries.add(e);
                }
            }
            if (!entries.isEmpty()) {
                all.add(new Hit(f, first, end, span, entries));
            }
        });
        return all;
    }

    private static FieldHits byKind(FieldText f, List<Hit> all) {
        List<Span> masks = new ArrayList<>();
        List<Hit> actorsFound = new ArrayList<>();
        List<Hit> placesFound = new ArrayList<>();
        List<Hit> triggersFound = new ArrayList<>();
        Map<Integer, Set<EventRule>> contexts = new HashMap<>();
        for (Hit hit : all) {
            f.step();
            List<Entry> actorEntries = new ArrayList<>();
            List<Entry> placeEntries = new ArrayList<>();
            List<Entry> triggerEntries = new ArrayList<>();
            for (Entry e : hit.entries()) {
                if (e instanceof Entry.NonPlace) {
                    masks.add(hit.span());
                } else if (e instanceof Entry.ActorName || e instanceof Entry.GenericActor) {
                    actorEntries.add(e);
                } else if (e instanceof Entry.PlaceName p && (p.demonym() || startsLikeAName(f, hit))) {
                    placeEntries.add(e);
                } else if (e instanceof Entry.Trigger) {
                    triggerEntries.add(e);
                } else if (e instanceof Entry.Context c) {
                    contexts.computeIfAbsent(f.sentenceOf(hit.first()), s -> new HashSet<>()).add(c.rule());
                }
            }
            addIfAny(actorsFound, hit, actorEntries);
            addIfAny(placesFound, hit, placeEntries);
            addIfAny(triggersFound, hit, triggerEntries);
        }
        placesFound.removeIf(insideAny(masks));
        return new FieldHits(f, leftmostLongest(actorsFound), leftmostLongest(placesFound),
                leftmostLongest(triggersFound), contexts);
    }

    /**
     * Whether a hit lies inside one of the masks: the masks sorted by start, a hit at offset x lies in one
     * when the furthest end among the masks that start at or before x reaches the hit's end.
     */
    private static Predicate<Hit> insideAny(List<Span> masks) {
        masks.sort(Comparator.comparingInt(Span::start));
        int[] starts = new int[masks.size()];
        int[] furthestEnd = new int[masks.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = masks.get(i).start();
            furthestEnd[i] = Math.max(masks.get(i).end(), i > 0 ? furthestEnd[i - 1] : Integer.MIN_VALUE);
        }
        return h -> {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) { // the first mask that starts after the hit
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= h.span().start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && furthestEnd[lo - 1] >= h.span().end();
        };
    }

    /**
     * "women in Ouagadaougou staged a march": a capitalised word after a locative that no dictionary
     * phrase covers, one edit away from the name of a major town or a Sahel region, names it.
     */
    private List<Hit> misspeltPlaces(ArticleState state, FieldText f, List<Hit> found) {
        boolean[] covered = new boolean[f.tokens.count()];
        for (Hit h : found) {
            for (int t = h.first(); t < h.end(); t++) {
                covered[t] = true;
            }
        }
        List<Hit> out = new ArrayList<>();
        for (int t = 0; t < covered.length; t++) {
            f.step();
            if (covered[t] || !f.isCapitalised(t) || !Cue.locativeBefore(f, t)) {
                continue;
            }
            String word = f.token(t);
            if (word.length() < FuzzyPlaceIndex.MIN_LENGTH || dict.commonWords.contains(word)
                    || dict.firstNames.contains(word)) {
                continue;
            }
            List<Entry> near = new ArrayList<>(dict.fuzzyPlaces.near(word));
            if (!near.isEmpty()) {
                state.misspelt.add(new ArticleState.TokenAt(f, t));
                out.add(new Hit(f, t, t + 1, f.span(t, t + 1), near));
            }
        }
        return out;
    }

    private static void addIfAny(List<Hit> out, Hit hit, List<Entry> entries) {
        if (!entries.isEmpty()) {
            out.add(new Hit(hit.field(), hit.first(), hit.end(), hit.span(), entries));
        }
    }

    /** Keeps the longest hit at each position, left to right, dropping any that overlap a kept one. */
    static List<Hit> leftmostLongest(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::first).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Hit h : sorted) {
            h.field().step();
            if (h.first() >= coveredUntil) {
                kept.add(h);
                coveredUntil = h.end();
            }
        }
        return kept;
    }

    /**
     * A place name starts with a capital ("Diré", "In Diré") or a geographic noun ("fleuve Niger",
     * "région de Mopti"): "in Diré" in running text is the preposition, not the village In Diré.
     */
    private static boolean startsLikeAName(FieldText f, Hit hit) {
        return f.isCapitalised(hit.first()) || Cue.GEOGRAPHIC_HEADS.contains(f.token(hit.first()));
    }
}
