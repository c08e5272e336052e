package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sahelwatch.events.EventRule;

/**
 * Tagging is linear in the length of the text, whatever the text: random texts made of the
 * dictionary's own phrases (places, demonyms, actors, generic actors, event triggers and contexts,
 * non-places) and of the words and punctuation the stages look at around them.
 */
class TaggingLinearityProperties {

    /** Work for a text written four times, against the same text written twice: linear work doubles. */
    private static final double MAX_GROWTH_WHEN_DOUBLED = 2.2;

    private static final List<String> PHRASES = dictionaryPhrases();

    /** Words and punctuation the stages read around names: locatives, distances, parentheses, joiners. */
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", ". ", " (", ") ", "), ", "\n",
            " and ", " in ", " near ", " of ", " the ", " km west of ", " between ", " - ", "-", "; ", " & ",
            " killed ", " 12 ", " et ", " region ", " village of ", " forces ", " by ", " were ", " in 2009 ");

    @Property(tries = 30)
    void shouldDoTwiceTheWorkForATextWrittenTwiceAsOften(@ForAll("texts") String text) {
        TaggingWork twice = TaggingWork.of(text.repeat(2));
        TaggingWork fourTimes = TaggingWork.of(text.repeat(4));

        assertThat((double) fourTimes.steps() / twice.steps())
                .as("steps for 4 copies (%s) against 2 copies (%s)", fourTimes, twice)
                .isLessThanOrEqualTo(MAX_GROWTH_WHEN_DOUBLED);
    }

    @Property(tries = 30)
    void shouldSpendBoundedStepsPerTokenAndReading(@ForAll("texts") String text) {
        TaggingWork work = TaggingWork.of(text.repeat(3));

        assertThat(work.stepsPerUnit()).as("steps per token or reading, %s", work)
                .isLessThanOrEqualTo(TaggingWork.MAX_STEPS_PER_UNIT);
    }

    /** 100 to 1,500 phrases, each written as it is, capitalised or in capitals, each followed by a separator. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> phrase = Arbitraries.of(PHRASES);
        Arbitrary<Integer> casing = Arbitraries.integers().between(0, 3);
        Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
        Arbitrary<String> piece = Combinators.combine(phrase, casing, separator)
                .as((p, c, s) -> cased(p, c) + s);
        return piece.list().ofMinSize(100).ofMaxSize(1_500).map(pieces -> String.join("", pieces));
    }

    private static String cased(String phrase, int casing) {
        return switch (casing) {
            case 0 -> phrase.toLowerCase(Locale.ROOT);
            case 1 -> phrase.toUpperCase(Locale.ROOT);
            default -> phrase; // as the dictionary writes it (mostly capitalised)
        };
    }

    /** Every phrase of the dictionaries, but only one in ten of the place names outside the Sahel. */
    private static List<String> dictionaryPhrases() {
        TaggingDictionary dict = Stages.DICTIONARY;
        TreeSet<String> phrases = new TreeSet<>();
        int n = 0;
        for (Place place : dict.gazetteer.places()) {
            if (Gazetteer.isSahel(place.countryCode()) || n++ % 10 == 0) {
                phrases.add(place.name());
                phrases.addAll(place.aliases());
                phrases.addAll(place.demonyms());
            }
        }
        for (Actor actor : dict.actors.actors()) {
            phrases.add(actor.name());
            phrases.addAll(actor.aliases());
        }
        for (Entry e : dict.entries) {
            if (e instanceof Entry.GenericActor g) {
                phrases.add(g.phrase());
            } else if (e instanceof Entry.NonPlace np) {
                phrases.add(np.phrase());
            }
        }
        for (EventRule rule : dict.rules.rules()) {
            phrases.addAll(rule.triggers());
            phrases.addAll(rule.context());
        }
        return new ArrayList<>(phrases);
    }
}
