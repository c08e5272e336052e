package org.sahelwatch.tagging;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.events.EventRule;

/**
 * What the trigger and context phrases of a sentence say about the actors in it: a protest, an
 * intervention in one, a clash without civilian victims; and, for the whole article, a crowd with
 * no armed group. Actor stages ask these before events are typed ("protested against the French
 * presence": the French forces are the topic, not a party). Questions on the hits only.
 */
final class SentenceSignals {

    /** Categories of non-state armed actors. */
    static final Set<ActorCategory> NON_STATE_ARMED = EnumSet.of(ActorCategory.REBEL_GROUP,
            ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA);

    private SentenceSignals() {
    }

    /** The questions this class answers about a sentence, remembered per sentence ({@link FieldText#sentenceHas}). */
    private enum Question { PROTEST, INTERVENTION, FORCE_ACTS, CLASH_WITHOUT_CIVILIAN_TARGET }

    /** The sentence has a protest trigger ("demonstrated", "took to the streets", "en grève"). */
    static boolean protest(ArticleState state, FieldText f, int sentence) {
        return f.sentenceHas(Question.PROTEST, sentence, s -> hasProtestTrigger(state, f, s));
    }

    private static boolean hasProtestTrigger(ArticleState state, FieldText f, int sentence) {
        Set<EventRule> contexts = state.hits(f).contextsIn(sentence);
        for (Hit h : triggersIn(state, f, sentence)) {
            state.step();
            if (isMonthMarch(f, h)) {
                continue; // "On March 12, militants attacked …": the month, not a march
            }
            if (h.entries().stream().map(e -> ((Entry.Trigger) e).rule())
                    .anyMatch(r -> r.eventType() == EventType.PROTESTS
                            || (r.eventType() == EventType.RIOTS
                                && (r.context().isEmpty() || contexts.contains(r))))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence tells of an intervention or a clash: tear gas, dispersal, arrests, confrontation. */
    static boolean intervention(ArticleState state, FieldText f, int sentence) {
        return f.sentenceHas(Question.INTERVENTION, sentence, s -> state.hits(f).contextsIn(s).stream()
                .anyMatch(r -> r.subEventType().equals("Protest with intervention")
                        || r.eventType() == EventType.RIOTS)
                || triggersIn(state, f, s).stream().anyMatch(h -> h.entries().stream()
                        .anyMatch(e -> ((Entry.Trigger) e).rule().eventType() == EventType.BATTLES)));
    }

    /**
     * In a protest sentence, a force acts (and is a party) when the sentence tells of an intervention (tear gas,
     * dispersal, arrests) or has a trigger of another event type ("fired on", "killed", "clashed").
     */
    static boolean forceActs(ArticleState state, FieldText f, int sentence) {
        return f.sentenceHas(Question.FORCE_ACTS, sentence, s -> state.hits(f).contextsIn(s).stream()
                .anyMatch(r -> r.subEventType().equals("Protest with intervention"))
                || triggersIn(state, f, s).stream().anyMatch(h -> !isMonthMarch(f, h)
                        && h.entries().stream().anyMatch(e -> ((Entry.Trigger) e).rule().eventType()
                                != EventType.PROTESTS)));
    }

    /** The sentence tells of a clash or a riot (a trigger of those types) and of no violence against civilians. */
    static boolean clashWithoutCivilianTarget(ArticleState state, FieldText f, int sentence) {
        return f.sentenceHas(Question.CLASH_WITHOUT_CIVILIAN_TARGET, sentence, s -> {
            boolean clash = false;
            for (Hit h : triggersIn(state, f, s)) {
                state.step();
                for (Entry e : h.entries()) {
                    EventType type = ((Entry.Trigger) e).rule().eventType();
                    if (type == EventType.VIOLENCE_AGAINST_CIVILIANS) {
                        return false;
                    }
                    clash |= type == EventType.BATTLES || type == EventType.RIOTS;
                }
            }
            return clash;
        });
    }

    private static List<Hit> triggersIn(ArticleState state, FieldText f, int sentence) {
        return state.hits(f).inSentence(state.hits(f).triggers(), sentence);
    }

    /**
     * The article tells of a protest or riot (in any sentence) and names no non-state armed actor: no rebel
     * group, militia, gunmen or militants. Computed once per article, on first use.
     */
    static boolean crowdWithoutArmedGroup(ArticleState state) {
        if (state.crowdWithoutArmedGroup == null) {
            state.crowdWithoutArmedGroup = computeCrowdWithoutArmedGroup(state);
        }
        return state.crowdWithoutArmedGroup;
    }

    private static boolean computeCrowdWithoutArmedGroup(ArticleState state) {
        boolean crowd = false;
        for (FieldText f : state.fields) {
            for (int s = 0; s < f.sentences.size() && !crowd; s++) {
                state.step();
                crowd = protest(state, f, s);
            }
            for (Hit h : state.hits(f).actors()) {
                state.step();
                Entry e = h.entries().get(0);
                if (e instanceof Entry.ActorName a && NON_STATE_ARMED.contains(a.actor().category())
                        || e instanceof Entry.GenericActor g && (g.role() == Entry.GenericRole.UNIDENTIFIED
                            || g.role() == Entry.GenericRole.ISLAMIST)) {
                    return false;
                }
            }
        }
        return crowd;
    }

    /** "March" written with a capital inside a sentence, or next to a number, is the month. */
    private static boolean isMonthMarch(FieldText f, Hit h) {
        if (h.end() - h.first() != 1 || !f.token(h.first()).equals("march")) {
            return false;
        }
        boolean sentenceStart = h.first() == 0 || f.sentenceOf(h.first() - 1) != f.sentenceOf(h.first());
        return (f.isCapitalised(h.first()) && !sentenceStart)
                || f.token(h.first() + 1).chars().allMatch(Character::isDigit) && !f.token(h.first() + 1).isEmpty()
                || f.token(h.first() - 1).chars().allMatch(Character::isDigit) && !f.token(h.first() - 1).isEmpty();
    }
}
