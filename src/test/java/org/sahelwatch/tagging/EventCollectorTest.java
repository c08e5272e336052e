package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.MentionField;

/** One event per happening, with its sentence's parties, places and toll. */
class EventCollectorTest {

    @Test
    void shouldMakeAnEventOfATypedSentenceWithItsPartiesPlacesAndToll() {
        ArticleState state = Stages.events("JNIM militants attacked a Malian army camp in Sokoura, Mali, killing nine soldiers.");

        assertThat(state.events).singleElement().satisfies(e -> {
            assertThat(e.getEventType()).isEqualTo(EventType.BATTLES);
            assertThat(e.getActorIds()).startsWith("jnim").contains("mali-armed-forces");
            assertThat(state.regions.get(e.getPlaceIds().get(0)).getName()).isEqualTo("Sokoura");
            assertThat(e.getPlaceIds()).hasSize(2);
            assertThat(e.getFatalities()).isEqualTo(9);
            assertThat(e.getEvidence()).extracting(m -> m.getText()).containsExactly("attacked");
            assertThat(e.getSentence().getText()).endsWith("killing nine soldiers.");
        });
    }

    @Test
    void shouldKeepOneEventForTwoTellingsAtOnePlace() {
        ArticleState state = Stages.events("An air strike hit a convoy near Ansongo, Mali. The air strike near Ansongo killed four.");

        assertThat(state.events).singleElement().satisfies(e -> assertThat(e.getSentence().getText()).startsWith("An air"));
    }

    @Test
    void shouldKeepEventsOfOneKindAtPlacesApart() {
        ArticleState state = Stages.events("Drone strikes kill twenty in Tinzaouaten",
                "Residents buried the dead on Monday. Separately, an air strike hit a convoy near Ansongo.");

        assertThat(state.events).extracting(EventTag::getSubEventType).containsExactly("Air/drone strike", "Air/drone strike");
    }

    @Test
    void shouldDropAHeadlineThatAnnouncesWhatTheBodyTells() {
        ArticleState state = Stages.events("Clashes near Gao",
                "Soldiers clashed with militants near Bourem, in the Gao region, on Monday.");

        assertThat(state.events).singleElement()
                .satisfies(e -> assertThat(e.getSentence().getField()).isEqualTo(MentionField.BODY));
    }
}
