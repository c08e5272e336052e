package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;

/** The actors an article names, in the order of their mentions, each with where it is mentioned. */
class ActorResolverTest {

    @Test
    void shouldTagANamedActorWithItsMentionAndWhereItStands() {
        ArticleState state = Stages.actors("Fighting resumed. JNIM militants attacked Boni, in Mali.");

        assertThat(state.actors.get("jnim")).satisfies(a -> {
            assertThat(a.getConfidence()).isEqualTo(0.9);
            assertThat(a.getMentions()).extracting(m -> m.getText()).containsExactly("JNIM");
        });
        assertThat(state.actorMentions).contains(new ActorMention(state.fields.get(1), 1, 2, "jnim",
                ActorCategory.REBEL_GROUP));
    }

    @Test
    void shouldListTheActorsOfTheTitleBeforeThoseOfTheBody() {
        ArticleState state = Stages.actors("The army said JNIM attacked the post.");
        ArticleState titled = Stages.actors("JNIM claims the attack", "Malian soldiers repelled it near Boni.");

        assertThat(state.actors.keySet()).first().isNotEqualTo("jnim");
        assertThat(titled.actors.keySet()).first().isEqualTo("jnim");
    }

    @Test
    void shouldTagTheForcesOfADemonymJoinedToANationalForce() {
        ArticleState state = Stages.actors("Burkinabe and French aircraft struck a militant camp near Djibo.");

        assertThat(state.actors.values()).extracting(ActorTag::getActorId).contains("france-armed-forces");
        assertThat(state.actors.values()).filteredOn(a -> "BF".equals(a.getCountryCode())).singleElement().satisfies(a -> {
            assertThat(a.getCategory()).isEqualTo(ActorCategory.STATE_FORCES);
            assertThat(a.getConfidence()).isEqualTo(0.7);
            assertThat(a.getMentions()).extracting(m -> m.getText()).containsExactly("Burkinabe");
        });
    }

    @Test
    void shouldNotTagTheForceAProtestIsAgainst() {
        ArticleState against = Stages.actors("Hundreds of people protested in Bamako against the French military presence in Mali.");
        ArticleState dispersing = Stages.actors("French troops fired tear gas to disperse protesters in Gao, Mali.");

        assertThat(against.actors.values()).noneMatch(a -> a.getCategory() == ActorCategory.EXTERNAL_FORCES);
        assertThat(dispersing.actors).containsKey("france-armed-forces");
    }
}
