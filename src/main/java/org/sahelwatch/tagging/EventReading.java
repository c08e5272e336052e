package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.learn.EventInput;
import org.sahelwatch.text.Span;

/**
 * Tagging stage, what the event model reads of a run of sentences: their text with each actor mention
 * replaced by its category ("xrebelgroupx", "xstateforcesx") and each place by "xplacex", and named
 * features from what the earlier stages found there: the categories of the actors named, the first and
 * second actor's, the trigger rules of {@code config/events.tsv} that match and what today's rule
 * choice would say, whether a trigger is ruled out as background, negation or plan, and whether a toll
 * is given. The masks of a field are sorted once, so reading every sentence is linear in the field.
 */
final class EventReading {

    private final EventSentences candidates = new EventSentences();
    private final EventTyping rules = new EventTyping();

    /** A mask: the characters [start, end) of a field read as {@code token}. */
    private record Mask(int start, int end, String token, boolean actor) { }

    /** What one field holds per sentence: actor mentions in text order, trigger hits. */
    private record Buckets(List<List<ActorMention>> mentions, List<List<Hit>> triggers) {

        static Buckets of(ArticleState state, FieldText f) {
            int n = f.sentences.size();
            List<List<ActorMention>> mentions = new ArrayList<>(n);
            List<List<Hit>> triggers = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                mentions.add(new ArrayList<>(2));
                triggers.add(new ArrayList<>(2));
            }
            for (ActorMention m : state.actorMentions) {
                if (m.field() == f && m.sentence() < n) {
                    mentions.get(m.sentence()).add(m);
                }
            }
            mentions.forEach(l -> l.sort(Comparator.comparingInt(ActorMention::token)));
            for (Hit hit : state.hits(f).triggers()) {
                int s = f.sentenceOf(hit.first());
                if (s < n) {
                    triggers.get(s).add(hit);
                }
            }
            return new Buckets(mentions, triggers);
        }
    }

    /** The masks and rule readings of one article, computed once. */
    final class OfArticle {
        private final ArticleState state;
        private final java.util.Map<FieldText, List<Mask>> masks = new java.util.HashMap<>();
        private final java.util.Map<FieldText, Buckets> buckets = new java.util.HashMap<>();
        private final java.util.Map<FieldText, java.util.Map<Integer, EventSentence>> bySentence = new java.util.HashMap<>();

        OfArticle(ArticleState state) {
            this.state = state;
            for (FieldText f : state.fields) {
                masks.put(f, masksOf(state, f));
                buckets.put(f, Buckets.of(state, f));
                bySentence.put(f, new java.util.HashMap<>());
            }
            for (EventSentence s : candidates.find(state)) {
                bySentence.get(s.field()).put(s.sentence(), s);
            }
        }

        /** The model's input for sentences [from, to) of field {@code f}. */
        EventInput of(FieldText f, int from, int to) {
            Span first = f.sentences.get(from);
            Span last = f.sentences.get(to - 1);
            return new EventInput(org.sahelwatch.learn.NoteCleaner.forModel(masked(f, first.start(), last.end())),
                    named(f, from, to));
        }

        /** Whether characters [start, end) of the field lie inside an actor or place mention. */
        boolean insideMask(FieldText f, int start, int end) {
            List<Mask> all = masks.get(f);
            int i = firstEndingAfter(all, start + 1) - 1;
            for (int j = Math.max(0, i - 8); j < all.size() && all.get(j).start() < end; j++) {
                if (all.get(j).start() <= start && end <= all.get(j).end()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether sentence {@code s} names no place and no party other than civilians: on its own it cannot
         * tell a new event, only more of one just told ("Twelve people were wounded.").
         */
        boolean namesNoPartyOrPlace(FieldText f, int s) {
            for (ActorMention m : buckets.get(f).mentions().get(s)) {
                if (m.category() != org.sahelwatch.avro.ActorCategory.CIVILIANS) {
                    return false;
                }
            }
            Span sentence = f.sentences.get(s);
            List<Mask> all = masks.get(f);
            for (int i = firstEndingAfter(all, sentence.start()); i < all.size() && all.get(i).start() < sentence.end(); i++) {
                if (!all.get(i).actor()) {
                    return false;
                }
            }
            return true;
        }

        /** The rule reading of sentence {@code s}, when it has a trigger not ruled out. */
        EventSentence candidate(FieldText f, int s) {
            return bySentence.get(f).get(s);
        }

        private String masked(FieldText f, int start, int end) {
            List<Mask> all = masks.get(f);
            StringBuilder out = new StringBuilder(end - start + 16);
            int pos = start;
            for (int i = firstEndingAfter(all, start); i < all.size() && all.get(i).start() < end; i++) {
                Mask m = all.get(i);
                if (m.start() < pos || m.end() > end) {
                    continue;
                }
                out.append(f.original, pos, m.start()).append(' ').append(m.token()).append(' ');
                pos = m.end();
            }
            out.append(f.original, pos, end);
            return out.toString();
        }

        private List<String> named(FieldText f, int from, int to) {
            Set<String> named = new LinkedHashSet<>();
            if (f.field == org.sahelwatch.avro.MentionField.TITLE) {
                named.add("headline");
            }
            List<String> order = new ArrayList<>(2);
            Buckets b = buckets.get(f);
            for (int s = from; s < to; s++) {
                for (ActorMention m : b.mentions().get(s)) {
                    named.add("cat:" + m.category());
                    if (order.size() < 2) {
                        order.add(m.category().name());
                    }
                }
            }
            if (!order.isEmpty()) {
                named.add("a1:" + order.get(0));
            }
            if (order.size() > 1) {
                named.add("a2:" + order.get(1));
            }
            for (int s = from; s < to; s++) {
                rulesOf(f, s, named);
                if (Fatalities.inSentence(f, s).isPresent()) {
                    named.add("toll");
                }
            }
            return List.copyOf(named);
        }

        private void rulesOf(FieldText f, int s, Set<String> named) {
            List<Hit> triggers = buckets.get(f).triggers().get(s);
            for (Hit hit : triggers) {
                for (Entry e : hit.entries()) {
                    named.add("rule:" + ((Entry.Trigger) e).rule().id());
                }
            }
            EventSentence candidate = candidate(f, s);
            int kept = candidate == null ? 0 : candidate.candidates().size();
            if (kept < triggers.size()) {
                named.add("ruled-out"); // a trigger in the background, negated, or a plan
            }
            if (candidate != null) {
                rules.typeOf(candidate).ifPresent(t -> named.add("rsub:" + t.subEventType()));
                for (EventSentence.Candidate c : candidate.candidates()) {
                    // who acts and on what kind of target, as the rules read it ("killed three herders": civilians)
                    named.add("agent:" + (c.agent() == null ? "none" : c.agent().category().name()));
                    named.add("object:" + c.object());
                    for (Entry e : c.trigger().entries()) {
                        named.add("trigger:" + ((Entry.Trigger) e).rule().eventType() + ":" + c.object());
                    }
                }
            }
        }
    }

    /** Starts reading an article whose places and actors are resolved. */
    OfArticle read(ArticleState state) {
        return new OfArticle(state);
    }

    private static List<Mask> masksOf(ArticleState state, FieldText f) {
        List<Mask> out = new ArrayList<>();
        for (ActorTag a : state.actors.values()) {
            String token = "x" + a.getCategory().name().toLowerCase(Locale.ROOT).replace("_", "") + "x";
            for (Mention m : a.getMentions()) {
                if (m.getField() == f.field) {
                    out.add(new Mask(m.getStart(), m.getEnd(), token, true));
                }
            }
        }
        for (RegionTag r : state.regions.values()) {
            for (Mention m : r.getMentions()) {
                if (m.getField() == f.field) {
                    out.add(new Mask(m.getStart(), m.getEnd(), "xplacex", false));
                }
            }
        }
        // actors first at one start, then the longer: "Mali Army" is an actor, not the place Mali
        out.sort(Comparator.comparingInt(Mask::start).thenComparing(m -> !m.actor()).thenComparingInt(m -> -m.end()));
        return out;
    }

    /** Index of the first mask that starts at or after {@code offset} (masks are sorted by start). */
    private static int firstEndingAfter(List<Mask> masks, int offset) {
        int lo = 0;
        int hi = masks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (masks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
