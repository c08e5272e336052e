package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features the role model reads of an actor in a sentence ({@link org.sahelwatch.learn.RoleModel}):
 * its category and identity, its place among the sentence's actors and against the sentence's first
 * trigger, the words just before and after its mention ("by", "against", "attacked"), the categories of
 * the other actors, the event type, and what the written rules say (the trigger's agent, an actor joined
 * to a force by "accompanied by", an actor ACLED always codes as associated). The same features are read
 * when training ({@link RoleReading}) and when tagging ({@link EventRoles}). It reads the article's indexes
 * (its actor mentions by sentence, its hits by token), so that reading a sentence's actors never walks the
 * whole article.
 */
final class RoleFeatures {

    private final ArticleState state;

    RoleFeatures(ArticleState state) {
        this.state = state;
    }

    /** The first mention of each actor of the sentence, in text order. */
    List<ActorMention> actorsIn(FieldText f, int sentence) {
        Map<String, ActorMention> first = new LinkedHashMap<>();
        List<ActorMention> inSentence = new ArrayList<>(state.actorMentions.inSentence(f, sentence));
        inSentence.sort(java.util.Comparator.comparingInt(ActorMention::token));
        for (ActorMention m : inSentence) {
            first.putIfAbsent(m.actorId(), m);
        }
        return new ArrayList<>(first.values());
    }

    /**
     * The features of each actor of the sentence, by actor id, in text order; {@code eventType} is the type of
     * the event the sentence reports (null when not known).
     */
    Map<String, List<String>> of(FieldText f, int sentence, String eventType) {
        List<ActorMention> actors = actorsIn(f, sentence);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (actors.isEmpty()) {
            return out;
        }
        FieldHits hits = state.hits(f);
        List<Hit> triggers = hits.inSentence(hits.triggers(), sentence);
        Hit trigger = triggers.isEmpty() ? null : triggers.get(0);
        ActorMention agent = trigger == null ? null : EventParties.agentOf(state, f, sentence, trigger);
        List<String> ids = actors.stream().map(ActorMention::actorId).toList();
        List<String> joined = EventParties.associatedIn(state, f, sentence, ids);
        for (int i = 0; i < actors.size(); i++) {
            state.step();
            ActorMention m = actors.get(i);
            List<String> x = new ArrayList<>(24);
            String cat = m.category().name();
            String where = trigger == null ? "none" : m.token() < trigger.first() ? "before" : "after";
            x.add("cat=" + cat);
            x.add("id=" + identity(m.actorId(), state));
            x.add("pos=" + Math.min(i, 3));
            x.add("pos/n=" + Math.min(i, 3) + "/" + Math.min(actors.size(), 4));
            x.add("trigger=" + where);
            x.add("cat&trigger=" + cat + "/" + where);
            if (trigger != null) {
                x.add("trigger-word=" + trigger.key() + "/" + where);
            }
            int[] range = f.sentenceTokens(sentence);
            int end = EventParties.mentionEnd(state, f, m);
            x.add("w-1=" + word(f, m.token() - 1, range));
            x.add("w-2=" + word(f, m.token() - 2, range) + "_" + word(f, m.token() - 1, range));
            x.add("w+1=" + word(f, end, range));
            x.add("w+2=" + word(f, end, range) + "_" + word(f, end + 1, range));
            if (m.token() > range[0] && EventObject.agentFollows(f, m.token() - 1)) {
                x.add("after-by");
            } else if (agentWordShortlyBefore(f, m.token(), range[0])) {
                x.add("shortly-after-by"); // "par des militants du JNIM", "by suspected JNIM militants"
            }
            if (agent != null && agent.actorId().equals(m.actorId())) {
                x.add("agent");
                x.add("agent&cat=" + cat);
            }
            if (joined.contains(m.actorId())) {
                x.add("joined-to-a-force");
            }
            if (state.codedAssociates.contains(m.actorId())) {
                x.add("coded-associate");
            }
            for (ActorMention other : actors) {
                if (other != m) {
                    x.add("other=" + other.category().name());
                    x.add("cat&other=" + cat + "/" + other.category().name());
                }
            }
            if (eventType != null) {
                x.add("type=" + eventType);
                x.add("type&cat=" + eventType + "/" + cat);
                x.add("type&cat&trigger=" + eventType + "/" + cat + "/" + where);
            }
            out.put(m.actorId(), x);
        }
        return out;
    }

    /** The actor's id without its country ("civilians-ml" → "civilians"), so that a kind of party is one feature. */
    static String identity(String actorId, ArticleState state) {
        var tag = state.actors.get(actorId);
        String cc = tag == null ? null : tag.getCountryCode();
        String suffix = cc == null ? "-xx" : "-" + cc.toLowerCase(Locale.ROOT);
        return actorId.endsWith(suffix) && actorId.length() > suffix.length()
                ? actorId.substring(0, actorId.length() - suffix.length()) : actorId;
    }

    /** How many words before a mention a "by" or "par" may still introduce it as the agent. */
    private static final int AGENT_REACH = 4;

    /** A "by" or "par" two to {@value #AGENT_REACH} words before the mention at {@code token}. */
    private static boolean agentWordShortlyBefore(FieldText f, int token, int sentenceStart) {
        for (int t = token - 2; t >= Math.max(sentenceStart, token - AGENT_REACH); t--) {
            if (EventObject.agentFollows(f, t)) {
                return true;
            }
        }
        return false;
    }

    /** The folded word at {@code t}, its digits read as 0 ("2021" and "1999" are one feature); markers outside the sentence. */
    private static String word(FieldText f, int t, int[] range) {
        return t < range[0] ? "<s>" : t >= range[1] ? "</s>" : f.token(t).replaceAll("[0-9]", "0");
    }
}
