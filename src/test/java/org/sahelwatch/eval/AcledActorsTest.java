package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.tagging.ActorDictionary;

class AcledActorsTest {

    private final ActorDictionary dictionary = TestTagger.get().dictionary().actors();

    private static ActorTag tag(String id, String name, ActorCategory category) {
        return ActorTag.newBuilder().setActorId(id).setName(name).setCategory(category).setCountryCode(null)
                .setConfidence(1.0).setMentions(List.of()).build();
    }

    @Test
    void shouldMapInterCodesToCategories() {
        assertThat(AcledActors.categories("2", "7"))
                .containsExactlyInAnyOrder(ActorCategory.REBEL_GROUP, ActorCategory.CIVILIANS);
        assertThat(AcledActors.categories("1", "0")).containsExactly(ActorCategory.STATE_FORCES);
        assertThat(AcledActors.categories("8", "")).containsExactly(ActorCategory.EXTERNAL_FORCES);
        assertThat(AcledActors.categories("3.0", "Identity militia"))
                .containsExactlyInAnyOrder(ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA);
        assertThat(AcledActors.categories("0", "9")).isEmpty();
    }

    @Test
    void shouldLeaveOtherOutOfThePredictedCategories() {
        assertThat(AcledActors.predictedCategories(List.of(
                tag("mali-armed-forces", "Malian Armed Forces (FAMa)", ActorCategory.STATE_FORCES),
                tag("mali-government", "Government of Mali", ActorCategory.OTHER))))
                .containsExactly(ActorCategory.STATE_FORCES);
    }

    @Test
    void shouldListGoldNamesSplittingAssociatedActors() {
        AcledRow row = new AcledRow(2, 1, Map.of(
                "actor1", "Military Forces of Mali (2013-2020)",
                "assoc_actor_1", "Militia (Pro-Government); Dozo Communal Militia (Mali)",
                "actor2", "Civilians (Mali)",
                "assoc_actor_2", " "));
        assertThat(AcledActors.goldNames(row)).containsExactly("Military Forces of Mali (2013-2020)",
                "Militia (Pro-Government)", "Dozo Communal Militia (Mali)", "Civilians (Mali)");
    }

    @Test
    void shouldRecallAnActorUnderAnotherPeriodOfItsAcledName() {
        List<ActorTag> predicted = List.of(tag("mali-armed-forces", "Malian Armed Forces (FAMa)", ActorCategory.STATE_FORCES));
        assertThat(AcledActors.recalled("Military Forces of Mali (2021-)", predicted, dictionary)).isTrue();
        assertThat(AcledActors.recalled("Military Forces of Mali (2013-2020)", predicted, dictionary)).isTrue();
        assertThat(AcledActors.recalled("Military Forces of Niger (2011-2021)", predicted, dictionary)).isFalse();
        assertThat(AcledActors.recalled("Police Forces of Mali (2013-2020)", predicted, dictionary)).isFalse();
    }

    @Test
    void shouldRecallByThePartBeforeTheColon() {
        List<ActorTag> predicted = List.of(tag("vdp", "Volunteers for the Defence of the Homeland (VDP)",
                ActorCategory.POLITICAL_MILITIA));
        // ACLED's own spelling differs after the colon ("Volunteer" / "Volunteers")
        assertThat(AcledActors.recalled("VDP: Volunteer for Defense of Homeland", predicted, dictionary)).isTrue();
    }

    @Test
    void shouldRecallGenericActorsByName() {
        List<ActorTag> predicted = List.of(
                tag("civilians-ml", "Civilians (Mali)", ActorCategory.CIVILIANS),
                tag("unidentified-armed-group-ml", "Unidentified Armed Group (Mali)", ActorCategory.POLITICAL_MILITIA));
        assertThat(AcledActors.recalled("Civilians (Mali)", predicted, dictionary)).isTrue();
        assertThat(AcledActors.recalled("unidentified armed group (mali)", predicted, dictionary)).isTrue();
        assertThat(AcledActors.recalled("Civilians (Niger)", predicted, dictionary)).isFalse();
        assertThat(AcledActors.recalled("Protesters (Mali)", predicted, dictionary)).isFalse();
    }

    @Test
    void shouldRecallARenamedGenericLabelUnderItsCurrentName() {
        List<ActorTag> predicted = List.of(tag("pastoralists-ml", "Pastoralists (Mali)", ActorCategory.CIVILIANS));
        // ACLED's exports up to 2019 wrote "Herders" for what later exports call "Pastoralists"
        assertThat(AcledActors.recalled("Herders (Mali)", predicted, dictionary)).isTrue();
        assertThat(AcledActors.recalled("Pastoralists (Mali)", predicted, dictionary)).isTrue();
        assertThat(AcledActors.recalled("Herders (Niger)", predicted, dictionary)).isFalse();
        assertThat(AcledActors.recalled("Farmers (Mali)", predicted, dictionary)).isFalse();
    }

    @Test
    void shouldRecallEitherSideOfAJointAttribution() {
        List<ActorTag> predicted = List.of(tag("civilians-ml", "Civilians (Mali)", ActorCategory.CIVILIANS));
        assertThat(AcledActors.recalled("Unidentified Armed Group (Mali) and/or Civilians (Mali)", predicted,
                dictionary)).isTrue();
    }

    @Test
    void shouldRecallAnOrganisationReadFromTheTextWhoseAcledNameHasTheAcronymFirst() {
        List<ActorTag> predicted = List.of(tag("org-caddl-bf", "Coalition of Housing Rights Associations (CADDL)",
                ActorCategory.OTHER));
        assertThat(AcledActors.recalled("CADDL: Coalition of Housing Rights Associations", predicted, dictionary)).isTrue();
        assertThat(AcledActors.recalled("CCVC: National Coalition against High Cost of Living", predicted, dictionary))
                .isFalse();
        assertThat(AcledActors.recalled("Coalition of Housing Rights Associations", predicted, dictionary)).isFalse();
    }
}
