package org.sahelwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

class FatalityExtractorTest {

    private static OptionalInt count(String sentence) {
        Tokens tokens = Tokens.of(TextNormalizer.foldPhrase(sentence));
        return FatalityExtractor.inSentence(tokens, 0, tokens.count());
    }

    @Test
    void shouldReadDigits() {
        assertThat(count("At least 30 soldiers and volunteers were killed near Djibo.")).hasValue(30);
    }

    @Test
    void shouldReadNumberWords() {
        assertThat(count("Twenty-three Nigerien soldiers were killed in the ambush.")).hasValue(23);
    }

    @Test
    void shouldSumGroupsJoinedByAnd() {
        assertThat(count("Two soldiers and three civilians were killed.")).hasValue(5);
    }

    @Test
    void shouldReadACountAfterTheVerb() {
        assertThat(count("Gunmen attacked the village, killing at least 12 people.")).hasValue(12);
    }

    @Test
    void shouldReadFrenchApproximateCounts() {
        assertThat(count("La frappe a fait une vingtaine de morts selon la CSP.")).hasValue(20);
    }

    @Test
    void shouldCodeDozensAsTwelve() {
        assertThat(count("Dozens of civilians were killed.")).hasValue(12);
    }

    @Test
    void shouldReadZeroWhenNobodyDied() {
        assertThat(count("No one was killed in the blast.")).hasValue(0);
    }

    @Test
    void shouldIgnoreYearsAndDistances() {
        assertThat(count("In 2012 the convoy, 40 km from Gao, was attacked.")).isEmpty();
    }

    @Test
    void shouldNotReadTheDayOfADateAsTheToll() {
        assertThat(count("On 14 March 2023, gunmen killed three people near the market.")).hasValue(3);
        assertThat(count("On March 14, gunmen attacked the village, killing two herders.")).hasValue(2);
        assertThat(count("Le 9 mai, des hommes armes ont tue quatre civils.")).hasValue(4);
    }

    @Test
    void shouldCountOneForASingleVictim() {
        assertThat(count("Gunmen killed a shepherd outside the town.")).hasValue(1);
        assertThat(count("A soldier opened fire on a car, killing the driver.")).hasValue(1);
        assertThat(count("Unknown assailants shot dead a trader on the road.")).hasValue(1);
        assertThat(count("A teacher was killed by armed men.")).hasValue(1);
        assertThat(count("Des hommes armes ont assassine un conseiller municipal.")).hasValue(1);
    }

    @Test
    void shouldNotCountAnUnspecifiedNumberAsOne() {
        assertThat(count("The raid killed an unknown number of fighters.")).isEmpty();
    }

    @Test
    void shouldSkipNumbersOfWounded() {
        assertThat(count("Four villagers were killed and 11 wounded in the raid.")).hasValue(4);
        assertThat(count("The ambush killed two soldiers and wounded nine others.")).hasValue(2);
    }

    @Test
    void shouldPreferTheObjectOfTheKillVerb() {
        assertThat(count("Police fired on three men at a checkpoint, killing one of them.")).hasValue(1);
    }

    @Test
    void shouldTakeTheLowerBoundOfARange() {
        assertThat(count("Between 14 and 20 fighters were killed.")).hasValue(14);
    }

    @Test
    void shouldNotJoinTheDayOfADateToTheCountThatFollowsIt() {
        assertThat(count("On May 3, two herders were killed near Tessit.")).hasValue(2);
    }

    @Test
    void shouldReadANumberWordAfterAFrenchDateAsACount() {
        assertThat(count("Le 24 octobre, six membres du GATIA ont été tués par un engin explosif.")).hasValue(6);
        // a number in digits next to a month is still the date
        assertThat(count("On October 24, six GATIA members were killed.")).hasValue(6);
        assertThat(count("Le 24 octobre, des inconnus ont tué un berger.")).hasValue(1);
    }
}
