package org.sahelwatch;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.tagging.Actor;
import org.sahelwatch.tagging.ActorDictionary;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Gazetteer;
import org.sahelwatch.tagging.Place;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * Test-data builder for the article bodies that once made tagging time grow faster than their
 * length (issue 11, item 3): one short pattern repeated with varied towns, numbers and names from the
 * real dictionaries, cut to an exact number of characters. Deterministic for a given seed. Shared by
 * the linearity tests and the {@code bench/} harness (through the test jar).
 */
public final class PathologicalText {

    /** The repeated patterns, as the issue lists them. */
    public enum Shape {
        /** "Gunmen attacked the village of Tin-Hama, killing 12 civilians." with varied towns and numbers. */
        EVENT_SENTENCES,
        /** "Gunmen killed 12 civilians in Tin-Hama, Mali." in ever other towns: an event per sentence, thousands in all. */
        MANY_EVENTS,
        /** "Gao, Ansongo, Bourem, …": one endless sentence of town names. */
        TOWNS_IN_A_ROW,
        /** "12 km west of Gao, 40 km north of Douentza, …" */
        KM_FROM_A_TOWN,
        /** "between Gao and Ansongo, between Bourem and …" */
        BETWEEN_TWO_TOWNS,
        /** "Tin-Hama (Gao), Douentza (Mopti), …": a town and its region. */
        TOWN_AND_REGION,
        /** "JNIM, Malian army, Wagner Group, …": a list of actor names. */
        ACTOR_NAMES,
        /** "Kelabotu in Turimosa Sadekani …": capitalised words that are no dictionary phrase, some after "in". */
        CAPITALISED_WORDS
    }

    private static final String[] BEARINGS = {"north", "south", "east", "west", "north-east", "south-west"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "tu", "se", "do", "ni", "ba", "fe", "go", "zu"};

    private final List<Place> towns;
    private final Gazetteer gazetteer;
    private final List<String> actorNames;

    /** Draws towns (Sahel villages and towns with their region) and actor names from the bundled dictionaries. */
    public static PathologicalText fromBundledDictionaries() {
        DictionarySource source = DictionarySource.bundled();
        return new PathologicalText(Gazetteer.load(source, TaggingDictionary.DEFAULT_GAZETTEER_FILES),
                ActorDictionary.load(source, "actors.tsv"));
    }

    private PathologicalText(Gazetteer gazetteer, ActorDictionary actors) {
        this.towns = gazetteer.places().stream()
                .filter(p -> p.kind() == RegionKind.PLACE && Gazetteer.isSahel(p.countryCode()) && p.admin1() != null)
                .sorted(Comparator.comparing(Place::id))
                .toList();
        this.gazetteer = gazetteer;
        this.actorNames = actors.actors().stream().sorted(Comparator.comparing(Actor::id)).map(Actor::name).toList();
    }

    /** A body of exactly {@code chars} characters of the shape, the same for the same seed. */
    public String body(Shape shape, int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars + 200);
        while (text.length() < chars) {
            text.append(piece(shape, random));
        }
        text.setLength(chars);
        return text.toString();
    }

    private String piece(Shape shape, Random random) {
        Place town = towns.get(random.nextInt(towns.size()));
        return switch (shape) {
            case EVENT_SENTENCES -> "Gunmen attacked the village of " + town.name() + ", killing "
                    + (2 + random.nextInt(60)) + " civilians. ";
            case MANY_EVENTS -> "Gunmen killed " + (2 + random.nextInt(60)) + " civilians in " + town.name() + ", "
                    + gazetteer.countryName(town.countryCode()) + ". ";
            case TOWNS_IN_A_ROW -> town.name() + ", ";
            case KM_FROM_A_TOWN -> (5 + random.nextInt(120)) + " km " + BEARINGS[random.nextInt(BEARINGS.length)]
                    + " of " + town.name() + ", ";
            case BETWEEN_TWO_TOWNS -> "between " + town.name() + " and "
                    + towns.get(random.nextInt(towns.size())).name() + ", ";
            case TOWN_AND_REGION -> town.name() + " (" + town.admin1() + "), ";
            case ACTOR_NAMES -> actorNames.get(random.nextInt(actorNames.size())) + ", ";
            case CAPITALISED_WORDS -> (random.nextBoolean() ? "in " : "") + capitalisedWord(random) + " ";
        };
    }

    private static String capitalisedWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 3 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }
}
