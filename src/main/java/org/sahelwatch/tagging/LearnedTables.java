package org.sahelwatch.tagging;

import java.util.List;
import java.util.Objects;

/**
 * What the tagger learns from ACLED's coded events, on top of the dictionaries written by hand and
 * generated from open sources: actors (new ones, and ACLED labels and surface forms of written ones),
 * places the gazetteer lacks, and the priors of ambiguous place names. {@code sahelwatch train} writes
 * them from all the training rows (the files below); cross-validation derives them per fold, in memory.
 */
public record LearnedTables(List<Actor> actors, List<Place> places, PlacePriors priors) {

    /** The learned actor table, under the config directory. */
    public static final String ACTORS_FILE = "actors-acled.tsv";
    /** The learned places, a gazetteer file of their own (under {@code gazetteer/}). */
    public static final String PLACES_FILE = "places-acled.tsv";
    /** The learned priors of ambiguous place names, under the config directory. */
    public static final String PRIORS_FILE = "place-priors.tsv";

    /** Nothing learned. */
    public static final LearnedTables NONE = new LearnedTables(List.of(), List.of(), PlacePriors.NONE);

    public LearnedTables {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        Objects.requireNonNull(priors, "priors");
    }
}
