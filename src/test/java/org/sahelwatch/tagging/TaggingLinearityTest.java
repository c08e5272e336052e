package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelwatch.events.EventRule;

/**
 * Tagging is linear in the length of the text, whatever the text: random texts made of the
 * dictionary's own phrases (places, demonyms, actors, generic actors, event triggers and contexts,
 * non-places) and of the words and punctuation the stages look at around them. Each text comes from a
 * fixed seed, named in the test's name and in a failure's message, so a failure is rerun as it was.
 */
class TaggingLinearityTest {

    /** Work for a text written four times, against the same text written twice: linear work doubles. */
    private static final double MAX_GROWTH_WHEN_DOUBLED = 2.2;

    private static final int TEXTS = 30;
    private static final int MIN_PIECES = 100;
    private static final int MAX_PIECES = 1_500;

    private static final List<String> PHRASES = dictionaryPhrases();

    /** Words and punctuation the stages read around names: locatives, distances, parentheses, joiners. */
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", ". ", " (", ") ", "), ", "\n",
            " and ", " in ", " near ", " of ", " the ", " km west of ", " between ", " - ", "-", "; ", " & ",
            " killed ", " 12 ", " et ", " region ", " village of ", " forces ", " by ", " were ", " in 2009 ");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, TEXTS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldDoTwiceTheWorkForATextWrittenTwiceAsOften(long seed) {
        String text = randomText(seed);

        TaggingWork twice = TaggingWork.of(text.repeat(2));
        TaggingWork fourTimes = TaggingWork.of(text.repeat(4));

        assertThat((double) fourTimes.steps() / twice.steps())
                .as("seed %d: steps for 4 copies (%s) against 2 copies (%s)", seed, fourTimes, twice)
                .isLessThanOrEqualTo(MAX_GROWTH_WHEN_DOUBLED);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldSpendBoundedStepsPerTokenAndReading(long seed) {
        TaggingWork work = TaggingWork.of(randomText(seed).repeat(3));

        assertThat(work.stepsPerUnit()).as("seed %d: steps per token or reading, %s", seed, work)
                .isLessThanOrEqualTo(TaggingWork.MAX_STEPS_PER_UNIT);
    }

    /**
     * 100 to 1,500 phrases, each written as it is, in lower case or in capitals, each followed by a
     * separator.
     */
    static String randomText(long seed) {
        Random random = new Random(seed);
        int pieces = MIN_PIECES + random.nextInt(MAX_PIECES - MIN_PIECES + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(cased(PHRASES.get(random.nextInt(PHRASES.size())), random.nextInt(4)))
                    .append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
        }
        return text.toString();
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
