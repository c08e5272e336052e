package org.sahelwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;

class SeverityRulesTest {

    @Test
    void shouldRateAClashWithoutDeathsMedium() {
        assertThat(SeverityRules.rate(EventType.BATTLES, "Armed clash", null, false)).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void shouldRateAChangeOfTerritoryAtLeastHigh() {
        assertThat(SeverityRules.rate(EventType.BATTLES, "Government regains territory", null, false)).isEqualTo(Severity.HIGH);
        assertThat(SeverityRules.rate(EventType.BATTLES, "Government regains territory", null, true)).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldRaiseSeverityWithTheDeathToll() {
        assertThat(SeverityRules.rate(EventType.STRATEGIC_DEVELOPMENTS, "Other", 1, false)).isEqualTo(Severity.MEDIUM);
        assertThat(SeverityRules.rate(EventType.BATTLES, "Armed clash", 10, false)).isEqualTo(Severity.HIGH);
        assertThat(SeverityRules.rate(EventType.PROTESTS, "Peaceful protest", 50, false)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void shouldRaiseALowOrMediumEventAtARegionalCapitalOneLevel() {
        assertThat(SeverityRules.rate(EventType.STRATEGIC_DEVELOPMENTS, "Other", null, true)).isEqualTo(Severity.MEDIUM);
        assertThat(SeverityRules.rate(EventType.BATTLES, "Armed clash", null, true)).isEqualTo(Severity.HIGH);
        assertThat(SeverityRules.rate(EventType.BATTLES, "Armed clash", 60, true)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void shouldRatePeacefulProtestsLow() {
        assertThat(SeverityRules.rate(EventType.PROTESTS, "Peaceful protest", null, false)).isEqualTo(Severity.LOW);
    }
}
