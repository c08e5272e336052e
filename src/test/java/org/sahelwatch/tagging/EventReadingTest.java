package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.learn.EventInput;

class EventReadingTest {

    @Test
    void shouldReplaceActorsAndPlacesByTheirCategory() {
        ArticleState state = Stages.actors("JNIM militants attacked an army post in Djibo, killing 12 soldiers.");
        EventInput input = Stages.reading(state, 0, 1);
        assertThat(input.text()).contains("xrebelgroupx").contains("xplacex").doesNotContain("JNIM").doesNotContain("Djibo");
        assertThat(input.named()).contains("cat:REBEL_GROUP", "a1:REBEL_GROUP", "toll");
        assertThat(input.named()).anyMatch(f -> f.startsWith("rule:"));
    }

    @Test
    void shouldSayWhenTheRulesRuleATriggerOut() {
        EventInput vowed = Stages.reading(Stages.actors("JNIM vowed to attack Bamako and was planning attacks on the army."), 0, 1);
        EventInput attacked = Stages.reading(Stages.actors("JNIM attacked Bamako and the army."), 0, 1);
        assertThat(vowed.named()).contains("ruled-out");
        assertThat(attacked.named()).doesNotContain("ruled-out");
    }

    @Test
    void shouldReadSeveralSentencesAsOneSpanAndMarkHeadlines() {
        ArticleState state = Stages.actors("Gunmen kill 12 in Burkina",
                "Gunmen attacked the village of Kassa. Twelve people were killed.");
        EventInput span = Stages.reading(state, 0, 2);
        assertThat(span.text()).contains("attacked the village of").contains("were killed");
        assertThat(span.named()).doesNotContain("headline");
        EventInput title = new EventReading().read(state).of(state.fields.get(0), 0, 1);
        assertThat(title.named()).contains("headline");
    }
}
