package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sahelwatch.avro.ActorCategory;

/**
 * The parties of an event sentence, as ACLED codes them: the actors its sentence names, the agent
 * of its trigger (who acts: after "by" in a passive, else the nearest actor before the trigger), and
 * the associated actors (a force joined to a party by "and", "accompanied by", "aux côtés de" …,
 * and the actors ACLED always codes as associated). Questions on the resolved actor mentions only.
 */
final class EventParties {

    /** Phrases that join a force to the party it fights alongside, folded, as token lists. */
    private static final List<List<String>> ALONGSIDE = Stream.of(
            "and", "et", "accompanied by", "in coordination with", "with support from", "with the support of",
            "backed by", "supported by", "assisted by", "alongside", "together with", "aux cotes de",
            "appuyes par", "appuyee par", "appuyees par", "soutenus par", "accompagnes de", "accompagnes par",
            "avec l appui de", "avec le soutien de", "en coordination avec", "accompagnee de", "accompagnee par",
            "accompagne de", "accompagne par", "accompagnees de", "appuye par", "soutenue par", "soutenu par",
            "epaulee par", "epaules par", "epaule par", "aux cotes des")
            .map(p -> List.of(p.split(" "))).toList();

    private static final int LONGEST_ALONGSIDE = ALONGSIDE.stream().mapToInt(List::size).max().orElseThrow();

    /** The generic words a force's name may carry that a joining phrase does not include. */
    private static final Set<String> FORCE_NOUNS = Set.of("forces", "troops", "army", "soldiers", "units", "force",
            "armee", "militiamen", "aircrafts", "aircraft", "miliciens", "militaires", "soldats", "troupes", "unites",
            "elements", "avions");

    private static final Set<String> TRAILING_ARTICLES = Set.of("the", "les", "la", "le", "l", "des", "de", "du",
            "volunteer");

    private static final Set<ActorCategory> PRO_STATE = EnumSet.of(ActorCategory.STATE_FORCES,
            ActorCategory.EXTERNAL_FORCES);

    private EventParties() {
    }

    /** The actors the sentence names, each once, in the order of their first mention. */
    static List<String> partiesIn(ArticleState state, FieldText f, int sentence) {
        Set<String> actorIds = new LinkedHashSet<>();
        for (ActorMention m : state.actorMentions.inSentence(f, sentence)) {
            state.step();
            actorIds.add(m.actorId());
        }
        return new ArrayList<>(actorIds);
    }

    /**
     * The acting party of a trigger: after "by" in a passive ("was retaken by the army", "a été attaqué dimanche
     * par des militants du JNIM"), else the nearest actor before the trigger in its sentence, else the first after
     * it. Persons and civilians are never the agent of an armed event.
     */
    static ActorMention agentOf(ArticleState state, FieldText f, int sentence, Hit trigger) {
        List<ActorMention> inSentence = state.actorMentions.inSentence(f, sentence).stream()
                .filter(m -> m.category() != ActorCategory.OTHER && m.category() != ActorCategory.CIVILIANS)
                .toList();
        int[] range = f.sentenceTokens(sentence);
        int by = EventObject.agentWordAfter(f, trigger.first(), trigger.end(), range[0], range[1]);
        boolean passive = by >= 0;
        int afterFrom = passive ? by + 1 : trigger.end();
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention m : inSentence) {
            state.step();
            if (m.token() < trigger.first()) {
                before = m;
            } else if (m.token() >= afterFrom && after == null) {
                after = m;
            }
        }
        if (passive && after != null) {
            return after;
        }
        return before != null ? before : after;
    }

    /** The associated actors of a sentence's event: those joined to a party, and those ACLED always codes so. */
    static List<String> associatedIn(ArticleState state, FieldText f, int sentence, List<String> actorIds) {
        List<String> out = new ArrayList<>(associated(state, f, sentence));
        for (String id : actorIds) {
            if (state.codedAssociates.contains(id) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * ACLED's associated actors in a sentence: a force joined to an earlier one by "and", "&",
     * "accompanied by", "with support from", "aux côtés de" …, where both are state or foreign forces,
     * or one is and the other a militia (not a rebel group: "the army and the CMA clashed" are
     * opponents; nor two forces joined by a plain "and" in a sentence where they clash or exchange fire).
     * The later one is associated: "French and Malian forces" have the French as the party and the
     * Malian forces associated, as ACLED codes joint operations.
     */
    private static List<String> associated(ArticleState state, FieldText f, int sentence) {
        List<ActorMention> inSentence = new ArrayList<>(state.actorMentions.inSentence(f, sentence));
        inSentence.sort(Comparator.comparingInt(ActorMention::token));
        boolean reciprocal = reciprocal(f, sentence);
        Runs runs = runs(state, f);
        int[] ends = new int[inSentence.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = mentionEnd(state, f, inSentence.get(i));
        }
        List<String> out = new ArrayList<>();
        for (int j = 1; j < inSentence.size(); j++) {
            ActorMention b = inSentence.get(j);
            if (!armedAlly(b.category()) || b.category() == ActorCategory.REBEL_GROUP) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                state.step();
                ActorMention a = inSentence.get(i);
                // a force joined to an associated one is associated too: "the army with support from U.S. and French forces"
                if (a.actorId().equals(b.actorId()) || !armedAlly(a.category())
                        || !(PRO_STATE.contains(a.category()) || PRO_STATE.contains(b.category()))) {
                    continue;
                }
                if (joined(f, runs, ends[i], b, reciprocal)) {
                    if (!out.contains(b.actorId())) {
                        out.add(b.actorId());
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The sentence tells of two sides fighting each other: "clashed", "exchanged fire", "se sont affrontés". */
    private static boolean reciprocal(FieldText f, int sentence) {
        int[] range = f.sentenceTokens(sentence);
        boolean reciprocal = false;
        for (int t = range[0]; t < range[1]; t++) {
            f.step();
            String w = f.token(t);
            reciprocal |= w.equals("clashed") || w.equals("exchanged") || w.equals("fought") || w.startsWith("affront")
                    || w.equals("accroches") || w.equals("echange");
        }
        return reciprocal;
    }

    private static boolean armedAlly(ActorCategory c) {
        return c == ActorCategory.STATE_FORCES || c == ActorCategory.EXTERNAL_FORCES
                || c == ActorCategory.IDENTITY_MILITIA || c == ActorCategory.POLITICAL_MILITIA;
    }

    /**
     * The words between the end of a mention ({@code aEnd}) and {@code b}'s are a joining phrase ("and",
     * "accompanied by"), possibly with the generic word of the first before it ("Malian army and GATIA
     * units", "Burkinabe soldiers and volunteer fighters"), or just an ampersand. The runs of demonyms,
     * force nouns and trailing words are skipped in one step each, so the test does not walk the words.
     */
    private static boolean joined(FieldText f, Runs runs, int aEnd, ActorMention b, boolean reciprocal) {
        if (aEnd < 0 || aEnd > b.token()) {
            return false;
        }
        // "l'armée nigérienne, avec le soutien de …": the nationality after the force's noun
        aEnd = Math.min(b.token(), runs.demonymsUntil()[aEnd]);
        int lo = Math.min(b.token(), runs.forceNounsUntil()[aEnd]);
        int hi = b.token();
        // "… accompanied by the", "… and volunteer (fighters)"; not the "de" of "avec le soutien de"
        if (hi - lo > LONGEST_ALONGSIDE) {
            hi = Math.max(lo + LONGEST_ALONGSIDE, runs.trailingFrom()[hi]); // no phrase is that long
        }
        while (hi > lo && !isAlongside(f, lo, hi) && isTrailing(f.token(hi - 1))) {
            hi--;
        }
        if (hi == lo) {
            int from = f.span(aEnd - 1, aEnd).end();
            int to = f.span(b.token(), b.token() + 1).start();
            int ampersand = f.indexOf('&', from);
            return !reciprocal && from <= to && ampersand >= 0 && ampersand < to;
        }
        boolean plainAnd = hi - lo == 1 && (f.token(lo).equals("and") || f.token(lo).equals("et"));
        // "GATIA and Nigerien soldiers exchanged gunfire": joined by "and", but on opposite sides
        return isAlongside(f, lo, hi) && !(plainAnd && reciprocal);
    }

    private static boolean isAlongside(FieldText f, int lo, int hi) {
        if (hi - lo > LONGEST_ALONGSIDE) {
            return false;
        }
        List<String> words = new ArrayList<>(hi - lo);
        for (int t = lo; t < hi; t++) {
            words.add(f.token(t));
        }
        return ALONGSIDE.contains(words);
    }

    private static boolean isTrailing(String word) {
        return FORCE_NOUNS.contains(word) || TRAILING_ARTICLES.contains(word);
    }

    /**
     * For each token t of a field: the first token at or after t that is no demonym, the first that is no
     * force noun, and the first of the run of force nouns and trailing words that ends right before t.
     */
    record Runs(int[] demonymsUntil, int[] forceNounsUntil, int[] trailingFrom) { }

    private static Runs runs(ArticleState state, FieldText f) {
        return state.joinRuns.computeIfAbsent(f, field -> {
            int n = field.tokens.count();
            int[] demonymsUntil = new int[n + 1];
            int[] forceNounsUntil = new int[n + 1];
            int[] trailingFrom = new int[n + 1];
            demonymsUntil[n] = n;
            forceNounsUntil[n] = n;
            for (int t = n - 1; t >= 0; t--) {
                field.step();
                demonymsUntil[t] = demonymAt(state, field, t) ? demonymsUntil[t + 1] : t;
                forceNounsUntil[t] = FORCE_NOUNS.contains(field.token(t)) ? forceNounsUntil[t + 1] : t;
            }
            for (int t = 1; t <= n; t++) {
                trailingFrom[t] = isTrailing(field.token(t - 1)) ? trailingFrom[t - 1] : t;
            }
            return new Runs(demonymsUntil, forceNounsUntil, trailingFrom);
        });
    }

    private static boolean demonymAt(ArticleState state, FieldText f, int t) {
        Hit h = FieldHits.covering(state.hits(f).places(), t);
        return h != null && h.entries().stream().anyMatch(e -> e instanceof Entry.PlaceName p && p.demonym());
    }

    /** The token after the end of the actor's mention that starts at {@code m.token()}, or -1. */
    static int mentionEnd(ArticleState state, FieldText f, ActorMention m) {
        Hit actor = FieldHits.startingAt(state.hits(f).actors(), m.token());
        if (actor != null) {
            return actor.end();
        }
        Hit place = FieldHits.startingAt(state.hits(f).places(), m.token());
        if (place != null) {
            return place.end(); // a force named by its demonym: "U.S. and French forces"
        }
        return m.token() + 1;
    }
}
