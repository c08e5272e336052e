package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a sentence's triggers and context phrases say: a protest, an intervention, a clash. */
class SentenceSignalsTest {

    private static boolean protest(String body) {
        ArticleState state = Stages.hits(body);
        return SentenceSignals.protest(state, state.fields.get(1), 0);
    }

    @Test
    void shouldSeeAProtestButNotTheMonthOfMarch() {
        assertThat(protest("Hundreds of women took to the streets of Niamey.")).isTrue();
        assertThat(protest("On 12 March, militants attacked Boni.")).isFalse();
        assertThat(protest("Gunmen attacked Boni.")).isFalse();
    }

    @Test
    void shouldSeeAForceThatActsInAProtest() {
        ArticleState topic = Stages.hits("Hundreds protested in Bamako against the French military presence.");
        ArticleState dispersing = Stages.hits("Police fired tear gas to disperse protesters in Niamey.");

        assertThat(SentenceSignals.forceActs(topic, topic.fields.get(1), 0)).isFalse();
        assertThat(SentenceSignals.forceActs(dispersing, dispersing.fields.get(1), 0)).isTrue();
        assertThat(SentenceSignals.intervention(dispersing, dispersing.fields.get(1), 0)).isTrue();
    }

    @Test
    void shouldSeeAClashWithoutCivilianVictims() {
        ArticleState clash = Stages.hits("The two groups clashed near Gao.");
        ArticleState attack = Stages.hits("Gunmen attacked villagers and clashed with the army.");

        assertThat(SentenceSignals.clashWithoutCivilianTarget(clash, clash.fields.get(1), 0)).isTrue();
        assertThat(SentenceSignals.clashWithoutCivilianTarget(attack, attack.fields.get(1), 0)).isFalse();
    }

    @Test
    void shouldSeeACrowdWithNoArmedGroupInTheStory() {
        assertThat(SentenceSignals.crowdWithoutArmedGroup(Stages.hits("Youths demonstrated in Gao and clashed with security agents.")))
                .isTrue();
        assertThat(SentenceSignals.crowdWithoutArmedGroup(Stages.hits("Youths demonstrated in Gao and clashed with JNIM militants.")))
                .isFalse();
    }
}
