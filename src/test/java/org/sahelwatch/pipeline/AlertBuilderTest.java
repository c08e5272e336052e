package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.MentionField;

/** The order of an alert's actors: who acted, then whom it was done to. */
class AlertBuilderTest {

    private static ActorTag actor(String id, ActorCategory category) {
        return ActorTag.newBuilder().setActorId(id).setName(id).setCategory(category).setCountryCode("ML")
                .setConfidence(0.9).setMentions(new ArrayList<>()).build();
    }

    private static EventTag event(EventType type, List<String> actorIds) {
        Mention sentence = new Mention(MentionField.BODY, 0, 10, "sentence.");
        return EventTag.newBuilder().setEventType(type).setSubEventType("x").setConfidence(0.8)
                .setEvidence(new ArrayList<>(List.of(sentence))).setRuleId("r").setSentence(sentence)
                .setActorIds(actorIds).setPlaceIds(new ArrayList<>()).setFatalities(null).build();
    }

    private static final List<ActorTag> ACTORS = List.of(actor("fama", ActorCategory.STATE_FORCES),
            actor("tuareg", ActorCategory.CIVILIANS), actor("cma", ActorCategory.REBEL_GROUP),
            actor("protesters", ActorCategory.PROTESTERS));

    @Test
    void shouldPutTheArmedPartiesOfABattleBeforeTheEthnicGroupNamedBetweenThem() {
        List<String> ordered = AlertBuilder.partiesFirst(event(EventType.BATTLES, List.of("fama", "tuareg", "cma")), ACTORS);

        assertThat(ordered).containsExactly("fama", "cma", "tuareg");
    }

    @Test
    void shouldKeepTheOrderOfAppearanceInAProtest() {
        List<String> ordered = AlertBuilder.partiesFirst(event(EventType.PROTESTS, List.of("protesters", "fama")), ACTORS);

        assertThat(ordered).containsExactly("protesters", "fama");
    }
}
