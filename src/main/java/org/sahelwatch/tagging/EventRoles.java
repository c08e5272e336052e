package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.learn.RoleModel;

/**
 * Tagging stage, who acts and who is acted upon: the role model ({@link RoleModel}, trained on ACLED's
 * coding) reads each party of an event in the event's sentence and orders {@code EventTag.actorIds} as
 * ACLED codes them, actor 1 first, then actor 2 ("the army was attacked by JNIM" is JNIM / army); the
 * parties it reads as associated actors go last and into {@code associatedActorIds}, with those ACLED
 * always codes so; never civilians' groups, which are acted upon. At least one party stays unassociated.
 * Without a trained model the parties keep the order of their mentions and the written rules' associated
 * actors.
 */
final class EventRoles {

    private final RoleModel model;

    EventRoles(RoleModel model) {
        this.model = model;
    }

    /** Orders the parties of every event of the state and marks its associated actors. */
    void assign(ArticleState state) {
        if (!model.isTrained() || state.events.isEmpty()) {
            return;
        }
        RoleFeatures features = new RoleFeatures(state);
        for (EventTag event : state.events) {
            FieldText f = fieldOf(state, event);
            int sentence = sentenceAt(f, event.getSentence().getStart());
            if (sentence >= 0 && !event.getActorIds().isEmpty()) {
                assign(state, event, features.of(f, sentence, event.getEventType().name()));
            }
        }
    }

    private void assign(ArticleState state, EventTag event, Map<String, List<String>> byActor) {
        List<String> ids = new ArrayList<>(event.getActorIds());
        List<String> associated = new ArrayList<>();
        double[] order = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            List<String> x = byActor.get(ids.get(i));
            if (x == null) {
                order[i] = Double.NEGATIVE_INFINITY; // no mention in this sentence: keep it after the others
                continue;
            }
            double[] s = model.scores(x);
            order[i] = s[RoleModel.ACTOR1] - s[RoleModel.ACTOR2];
            boolean asAssociate = s[RoleModel.ASSOCIATED] > s[RoleModel.ACTOR1] && s[RoleModel.ASSOCIATED] > s[RoleModel.ACTOR2]
                    && !civilians(state, ids.get(i));
            if (asAssociate || state.codedAssociates.contains(ids.get(i))) {
                associated.add(ids.get(i));
            }
        }
        List<Integer> byRole = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            byRole.add(i);
        }
        byRole.sort(Comparator.comparing((Integer i) -> associated.contains(ids.get(i)))
                .thenComparing(i -> -order[i])); // stable: equal scores keep the order of mention
        if (associated.size() == ids.size()) {
            associated.remove(ids.get(byRole.get(0))); // an event has at least one party of its own
        }
        List<String> ordered = byRole.stream().map(ids::get).toList();
        event.setActorIds(new ArrayList<>(ordered));
        event.setAssociatedActorIds(new ArrayList<>(ordered.stream().filter(associated::contains).toList()));
    }

    /**
     * Civilians' groups (a people, a livelihood: "Dogon Ethnic Group", "Farmers (Mali)") are the victims, not
     * parties acting alongside another: ACLED codes them as associates of the civilians (assoc_actor_2), which
     * {@code associatedActorIds} does not mean. Only the written rules make one associated (Pastoralists with a
     * Fulani militia, {@code codedAssociates}).
     */
    private static boolean civilians(ArticleState state, String actorId) {
        var tag = state.actors.get(actorId);
        return tag != null && tag.getCategory() == org.sahelwatch.avro.ActorCategory.CIVILIANS;
    }

    private static FieldText fieldOf(ArticleState state, EventTag event) {
        for (FieldText f : state.fields) {
            if (f.field == event.getSentence().getField()) {
                return f;
            }
        }
        throw new IllegalStateException("an event's sentence is in no field of the article: " + event.getSentence());
    }

    /** The sentence of the field that starts at {@code start}, or -1 (a binary search: sentences are in order). */
    static int sentenceAt(FieldText f, int start) {
        int lo = 0;
        int hi = f.sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = f.sentences.get(mid).start();
            if (s == start) {
                return mid;
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
