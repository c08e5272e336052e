package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
        List<String> actorIds = new ArrayList<>();
        for (ActorMention m : state.actorMentions) {
            if (m.field() == f && m.sentence() == sentence && !actorIds.contains(m.actorId())) {
                actorIds.add(m.actorId());
            }
        }
        return actorIds;
    }

    /**
     * The acting party of a trigger: after "by" in a passive ("was retaken by the army", "a été attaqué dimanche
     * par des militants du JNIM"), else the nearest actor before the trigger in its sentence, else the first after
     * it. Persons and civilians are never the agent of an armed event.
     */
    static ActorMention agentOf(ArticleState state, FieldText f, int sentence, Hit trigger) {
        List<ActorMention> inSentence = state.actorMentions.stream()
                .filter(m -> m.field() == f && m.sentence() == sentence)
                .filter(m -> m.category() != ActorCategory.OTHER && m.category() != ActorCategory.CIVILIANS)
                .toList();
        int[] range = f.sentenceTokens(sentence);
        int by = EventObject.agentWordAfter(f, trigger.first(), trigger.end(), range[0], range[1]);
        boolean passive = by >= 0;
        int afterFrom = passive ? by + 1 : trigger.end();
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention m : inSentence) {
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
        List<ActorMention> inSentence = state.actorMentions.stream()
                .filter(m -> m.field() == f && m.sentence() == sentence)
                .sorted(Comparator.comparingInt(ActorMention::token)).toList();
        boolean reciprocal = reciprocal(f, sentence);
        List<String> out = new ArrayList<>();
        for (int j = 1; j < inSentence.size(); j++) {
            ActorMention b = inSentence.get(j);
            if (!armedAlly(b.category()) || b.category() == ActorCategory.REBEL_GROUP) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                ActorMention a = inSentence.get(i);
                // a force joined to an associated one is associated too: "the army with support from U.S. and French forces"
                if (a.actorId().equals(b.actorId()) || !armedAlly(a.category())
                        || !(PRO_STATE.contains(a.category()) || PRO_STATE.contains(b.category()))) {
                    continue;
                }
                if (joined(state, f, a, b, reciprocal)) {
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
     * The words between the end of {@code a}'s mention and {@code b}'s are a joining phrase ("and",
     * "accompanied by"), possibly with the generic word of {@code a} before it ("Malian army and
     * GATIA units", "Burkinabe soldiers and volunteer fighters"), or just an ampersand.
     */
    private static boolean joined(ArticleState state, FieldText f, ActorMention a, ActorMention b, boolean reciprocal) {
        int aEnd = mentionEnd(state, f, a);
        if (aEnd < 0 || aEnd > b.token()) {
            return false;
        }
        while (aEnd < b.token() && demonymAt(state, f, aEnd)) {
            aEnd++; // "l'armée nigérienne, avec le soutien de …": the nationality after the force's noun
        }
        List<String> between = new ArrayList<>();
        for (int t = aEnd; t < b.token(); t++) {
            between.add(f.token(t));
        }
        while (!between.isEmpty() && FORCE_NOUNS.contains(between.get(0))) {
            between.remove(0);
        }
        while (!between.isEmpty() && !ALONGSIDE.contains(between) && (FORCE_NOUNS.contains(between.get(between.size() - 1))
                || TRAILING_ARTICLES.contains(between.get(between.size() - 1)))) {
            // "… accompanied by the", "… and volunteer (fighters)"; not the "de" of "avec le soutien de"
            between.remove(between.size() - 1);
        }
        if (between.isEmpty()) {
            int from = f.span(aEnd - 1, aEnd).end();
            int to = f.span(b.token(), b.token() + 1).start();
            return !reciprocal && from <= to && f.original.substring(from, to).contains("&");
        }
        boolean plainAnd = between.size() == 1 && (between.get(0).equals("and") || between.get(0).equals("et"));
        // "GATIA and Nigerien soldiers exchanged gunfire": joined by "and", but on opposite sides
        return ALONGSIDE.contains(between) && !(plainAnd && reciprocal);
    }

    private static boolean demonymAt(ArticleState state, FieldText f, int t) {
        return state.hits(f).places().stream().anyMatch(h -> h.first() <= t && t < h.end()
                && h.entries().stream().anyMatch(e -> e instanceof Entry.PlaceName p && p.demonym()));
    }

    /** The token after the end of the actor's mention that starts at {@code m.token()}, or -1. */
    private static int mentionEnd(ArticleState state, FieldText f, ActorMention m) {
        for (Hit h : state.hits(f).actors()) {
            if (h.first() == m.token()) {
                return h.end();
            }
        }
        for (Hit h : state.hits(f).places()) {
            if (h.first() == m.token()) {
                return h.end(); // a force named by its demonym: "U.S. and French forces"
            }
        }
        return m.token() + 1;
    }
}
