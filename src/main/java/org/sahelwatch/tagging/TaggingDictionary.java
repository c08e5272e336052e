package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sahelwatch.events.EventRule;
import org.sahelwatch.events.EventRules;
import org.sahelwatch.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every dictionary Sahelwatch tags with, compiled into one {@link DictionaryMatcher}: gazetteer
 * names and demonyms, actor aliases, generic actor phrases, event triggers and their context
 * phrases, and the phrases that are not places. Built once; immutable; shared by all threads.
 */
public final class TaggingDictionary {

    private static final Logger log = LoggerFactory.getLogger(TaggingDictionary.class);

    /** The gazetteer files read by default, under {@code config/gazetteer/}. */
    public static final List<String> DEFAULT_GAZETTEER_FILES = List.of("countries.tsv", "admin.tsv",
            "places-ML.tsv", "places-BF.tsv", "places-NE.tsv", "places-TD.tsv", "places-MR.tsv",
            "places-neighbours.tsv", "curated.tsv", "features.tsv", "localities.tsv", LearnedTables.PLACES_FILE);

    final Gazetteer gazetteer;
    final ActorDictionary actors;
    final EventRules rules;
    final Set<String> commonWords;
    final Set<String> cueOnlyNames;
    final Set<String> firstNames;
    final DictionaryMatcher matcher;
    final Entry[] entries;
    final FuzzyPlaceIndex fuzzyPlaces;
    final PlacePriors priors;
    /** Kept to rebuild the dictionary with learned tables ({@link #withLearned}). */
    private final List<String[]> genericActors;
    private final List<String> nonPlaces;

    TaggingDictionary(Gazetteer gazetteer, ActorDictionary actors, EventRules rules,
                      List<String[]> genericActors, List<String> nonPlaces, Set<String> commonWords,
                      Set<String> cueOnlyNames, Set<String> firstNames, PlacePriors priors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.rules = rules;
        this.priors = priors;
        this.genericActors = List.copyOf(genericActors);
        this.nonPlaces = List.copyOf(nonPlaces);
        this.commonWords = Set.copyOf(commonWords);
        this.cueOnlyNames = Set.copyOf(cueOnlyNames);
        this.firstNames = Set.copyOf(firstNames);
        List<Entry> list = new ArrayList<>();
        DictionaryMatcher.Builder builder = DictionaryMatcher.builder();
        for (Place place : gazetteer.places()) {
            add(builder, list, place.name(), new Entry.PlaceName(place, false, true, Entry.isAcronym(place.name())));
            for (String alias : place.aliases()) {
                add(builder, list, alias, new Entry.PlaceName(place, false, false, Entry.isAcronym(alias)));
            }
            for (String demonym : place.demonyms()) {
                add(builder, list, demonym, new Entry.PlaceName(place, true, false, false));
            }
        }
        for (Actor actor : actors.actors()) {
            List<String> phrases = new ArrayList<>();
            if (!actors.isLearnedOnly(actor.id())) {
                phrases.add(actor.name()); // a learned actor's name is ACLED's label ("Teachers (Mali)"), not a phrase of the text
            }
            phrases.addAll(actor.aliases());
            for (String phrase : phrases) {
                for (String part : splitParenthetical(phrase)) {
                    add(builder, list, part, new Entry.ActorName(actor, Entry.isAcronym(part)));
                }
            }
        }
        for (String[] generic : genericActors) {
            add(builder, list, generic[0], new Entry.GenericActor(Entry.GenericRole.valueOf(generic[1]),
                    generic[0], Entry.isAcronym(generic[0]), generic[2], generic[3]));
        }
        List<EventRule> ruleList = rules.rules();
        for (int order = 0; order < ruleList.size(); order++) {
            EventRule rule = ruleList.get(order);
            for (String trigger : rule.triggers()) {
                add(builder, list, trigger, new Entry.Trigger(rule, order, Entry.isAcronym(trigger)));
            }
            for (String context : rule.context()) {
                add(builder, list, context, new Entry.Context(rule, Entry.isAcronym(context)));
            }
        }
        for (String phrase : nonPlaces) {
            add(builder, list, phrase, new Entry.NonPlace(phrase));
        }
        this.matcher = builder.build();
        this.entries = list.toArray(new Entry[0]);
        this.fuzzyPlaces = FuzzyPlaceIndex.of(gazetteer);
    }

    /**
     * "Coordination of Azawad Movements (CMA)" is two names, matched separately, so that a mention
     * never ends inside the brackets.
     */
    static List<String> splitParenthetical(String phrase) {
        java.util.regex.Matcher m = PARENTHETICAL.matcher(phrase);
        return m.matches() ? List.of(m.group(1).strip(), m.group(2).strip()) : List.of(phrase);
    }

    private static final java.util.regex.Pattern PARENTHETICAL =
            java.util.regex.Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)\\s*$");

    private static void add(DictionaryMatcher.Builder builder, List<Entry> list, String phrase, Entry entry) {
        if (builder.add(phrase, list.size())) {
            list.add(entry);
        } else {
            log.warn("Dictionary phrase '{}' of {} has no word in it and is ignored", phrase, entry);
        }
    }

    /**
     * Loads every dictionary from a config folder (or the bundled copy): those written by hand or generated
     * from open sources, and the tables learned from ACLED's coded events ({@link LearnedTables}) where present.
     */
    public static TaggingDictionary load(DictionarySource source, List<String> gazetteerFiles) {
        long start = System.nanoTime();
        ActorDictionary actors = ActorDictionary.load(source, "actors.tsv");
        if (source.exists(LearnedTables.ACTORS_FILE)) {
            actors = actors.withLearned(ActorDictionary.read(source, LearnedTables.ACTORS_FILE, false));
        }
        PlacePriors priors = PlacePriors.NONE;
        if (source.exists(LearnedTables.PRIORS_FILE)) {
            try (BufferedReader reader = source.open(LearnedTables.PRIORS_FILE)) {
                priors = PlacePriors.read(source.describe(LearnedTables.PRIORS_FILE), reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> files = gazetteerFiles.stream()
                .filter(f -> !f.equals(LearnedTables.PLACES_FILE) || source.exists("gazetteer/" + f)).toList();
        TaggingDictionary dictionary = load(source, files, actors, priors);
        log.info("Loaded {} places, {} actors, {} event rules into a matcher of {} phrases in {} ms",
                dictionary.gazetteer.size(), actors.size(), dictionary.rules.rules().size(),
                dictionary.matcher.phraseCount(), (System.nanoTime() - start) / 1_000_000);
        return dictionary;
    }

    /**
     * Loads the dictionaries written by hand or generated from open sources only, without the tables learned
     * from ACLED's coded events: what cross-validation adds each fold's own learned tables to.
     */
    public static TaggingDictionary loadWithoutLearned(DictionarySource source, List<String> gazetteerFiles) {
        return load(source, gazetteerFiles.stream().filter(f -> !f.equals(LearnedTables.PLACES_FILE)).toList(),
                ActorDictionary.load(source, "actors.tsv"), PlacePriors.NONE);
    }

    private static TaggingDictionary load(DictionarySource source, List<String> gazetteerFiles, ActorDictionary actors,
                                          PlacePriors priors) {
        Gazetteer gazetteer = Gazetteer.load(source, gazetteerFiles);
        EventRules rules = EventRules.load(source, "events.tsv");
        List<String[]> generic = new ArrayList<>();
        try (BufferedReader reader = source.open("generic-actors.tsv")) {
            for (TsvTable.Row row : TsvTable.read(source.describe("generic-actors.tsv"), reader).rows()) {
                generic.add(new String[] {row.get("phrase"), row.get("role"),
                        row.columns().containsKey("group") ? row.get("group") : "",
                        row.columns().containsKey("home") ? row.get("home") : ""});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TaggingDictionary(gazetteer, actors, rules, generic,
                readLines(source, "non-places.txt"), foldAll(readLines(source, "common-words.txt")),
                foldAll(readLines(source, "cue-only-places.txt")), foldAll(readLines(source, "first-names.txt")), priors);
    }

    /**
     * This dictionary with learned tables added (a cross-validation fold's, derived from its training rows):
     * the learned actors merged into the written ones, the learned places after the gazetteer's, their priors.
     */
    public TaggingDictionary withLearned(LearnedTables learned) {
        return new TaggingDictionary(gazetteer.with(learned.places()), actors.withLearned(learned.actors()), rules,
                genericActors, nonPlaces, commonWords, cueOnlyNames, firstNames, learned.priors());
    }

    /** Whether {@code phrase}, folded as the matcher folds text, is a phrase of this dictionary (of any kind). */
    public boolean knows(String phrase) {
        return !entriesOf(phrase).isEmpty();
    }

    /** The readings of a place name as the tagger would see them: the places it names (not as a demonym). */
    public List<Place> placesNamed(String phrase) {
        List<Place> out = new ArrayList<>();
        for (Entry e : entriesOf(phrase)) {
            if (e instanceof Entry.PlaceName p && !p.demonym()) {
                out.add(p.place());
            }
        }
        return out;
    }

    /** The entries of the dictionary phrase that is exactly {@code phrase}, folded; empty when none is. */
    private List<Entry> entriesOf(String phrase) {
        org.sahelwatch.text.Tokens tokens = org.sahelwatch.text.Tokens.of(TextNormalizer.foldPhrase(phrase));
        List<Entry> out = new ArrayList<>();
        if (tokens.count() == 0) {
            return out;
        }
        matcher.match(tokens, (first, end, ids) -> {
            if (first == 0 && end == tokens.count()) {
                for (int id : ids) {
                    out.add(entries[id]);
                }
            }
        });
        return out;
    }

    public PlacePriors priors() {
        return priors;
    }

    static List<String> readLines(DictionarySource source, String file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = source.open(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static Set<String> foldAll(List<String> words) {
        Set<String> folded = new HashSet<>();
        for (String w : words) {
            folded.add(String.join(" ", org.sahelwatch.text.Tokens.of(TextNormalizer.foldPhrase(w)).count() == 0
                    ? List.of() : tokensOf(w)));
        }
        return folded;
    }

    /** Folded tokens of a phrase joined by single spaces: the key used for word lists. */
    static List<String> tokensOf(String phrase) {
        org.sahelwatch.text.Tokens tokens = org.sahelwatch.text.Tokens.of(TextNormalizer.foldPhrase(phrase));
        List<String> out = new ArrayList<>(tokens.count());
        for (int t = 0; t < tokens.count(); t++) {
            out.add(tokens.token(t));
        }
        return out;
    }

    /** The folded tokens of a phrase joined by single spaces, as one string: "Région de Mopti" → "region de mopti". */
    static String foldedKey(String phrase) {
        return String.join(" ", tokensOf(phrase));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ActorDictionary actors() {
        return actors;
    }

    public EventRules rules() {
        return rules;
    }

    public DictionaryMatcher matcher() {
        return matcher;
    }
}
