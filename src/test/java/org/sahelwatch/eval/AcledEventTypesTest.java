package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.EventType;

class AcledEventTypesTest {

    @Test
    void shouldMapThePre2019TypesOntoTodaysSix() {
        assertThat(AcledEventTypes.map("Battle-No change of territory")).hasValueSatisfying(g -> {
            assertThat(g.types()).containsExactly(EventType.BATTLES);
            assertThat(g.subEventType()).isNull();
        });
        assertThat(AcledEventTypes.map("Battle-Government regains territory")).hasValueSatisfying(g -> {
            assertThat(g.types()).containsExactly(EventType.BATTLES);
            assertThat(g.subEventType()).isEqualTo("Government regains territory");
        });
        assertThat(AcledEventTypes.map("Battle-Non-state actor overtakes territory")).hasValueSatisfying(g -> {
            assertThat(g.types()).containsExactly(EventType.BATTLES);
            assertThat(g.subEventType()).isEqualTo("Non-state actor overtakes territory");
        });
        assertThat(AcledEventTypes.map("Non-violent transfer of territory")).hasValueSatisfying(g -> {
            assertThat(g.types()).containsExactly(EventType.STRATEGIC_DEVELOPMENTS);
            assertThat(g.subEventType()).isEqualTo("Non-violent transfer of territory");
        });
        assertThat(AcledEventTypes.map("Remote violence").orElseThrow().types())
                .containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(AcledEventTypes.map("Strategic development").orElseThrow().types())
                .containsExactly(EventType.STRATEGIC_DEVELOPMENTS);
        assertThat(AcledEventTypes.map("Violence against civilians").orElseThrow().types())
                .containsExactly(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void shouldAcceptEitherProtestsOrRiotsForTheOldRiotsProtests() {
        AcledEventTypes.Gold gold = AcledEventTypes.map("Riots/Protests").orElseThrow();
        assertThat(gold.accepts(EventType.PROTESTS)).isTrue();
        assertThat(gold.accepts(EventType.RIOTS)).isTrue();
        assertThat(gold.accepts(EventType.BATTLES)).isFalse();
        assertThat(gold.accepts(null)).isFalse();
        assertThat(gold.describe()).isEqualTo("PROTESTS|RIOTS");
    }

    @Test
    void shouldMapTodaysNamesIgnoringCaseAndSpacing() {
        assertThat(AcledEventTypes.map("Explosions/Remote violence").orElseThrow().types())
                .containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(AcledEventTypes.map("explosions / remote violence").orElseThrow().types())
                .containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(AcledEventTypes.map("Battles").orElseThrow().types()).containsExactly(EventType.BATTLES);
        assertThat(AcledEventTypes.map("Protests").orElseThrow().types()).containsExactly(EventType.PROTESTS);
        assertThat(AcledEventTypes.map("Riots").orElseThrow().types()).containsExactly(EventType.RIOTS);
        assertThat(AcledEventTypes.map("Strategic developments").orElseThrow().types())
                .containsExactly(EventType.STRATEGIC_DEVELOPMENTS);
    }

    @Test
    void shouldNotMapUnknownOrBlankNames() {
        assertThat(AcledEventTypes.map("Headquarters or base established")).isEmpty();
        assertThat(AcledEventTypes.map("")).isEmpty();
        assertThat(AcledEventTypes.map(null)).isEmpty();
    }
}
