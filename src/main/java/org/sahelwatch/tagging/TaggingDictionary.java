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
            "places-neighbours.tsv", "curated.tsv", "features.tsv", "localities.tsv");

    final Gazetteer gazetteer;
    final ActorDictionary actors;
    final EventRules rules;
    final Set<String> commonWords;
    final Set<String> cueOnlyNames;
    final Set<String> firstNames;
    final DictionaryMatcher matcher;
    final Entry[] entries;
    final FuzzyPlaceIndex fuzzyPlaces;

    TaggingDictionary(Gazetteer gazetteer, ActorDictionary actors, EventRules rules,
                      List<String[]> genericActors, List<String> nonPlaces, Set<String> commonWords,
                      Set<String> cueOnlyNames, Set<String> firstNames) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.rules = rules;
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
            phrases.add(actor.name());
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

    /** Loads every dictionary from a config folder (or the bundled copy). */
    public static TaggingDictionary load(DictionarySource source, List<String> gazetteerFiles) {
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load(source, gazetteerFiles);
        ActorDictionary actors = ActorDictionary.load(source, "actors.tsv");
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
        TaggingDictionary dictionary = new TaggingDictionary(gazetteer, actors, rules, generic,
                readLines(source, "non-places.txt"), foldAll(readLines(source, "common-words.txt")),
                foldAll(readLines(source, "cue-only-places.txt")), foldAll(readLines(source, "first-names.txt")));
        log.info("Loaded {} places, {} actors, {} event rules into a matcher of {} phrases in {} ms",
                gazetteer.size(), actors.size(), rules.rules().size(), dictionary.matcher.phraseCount(),
                (System.nanoTime() - start) / 1_000_000);
        return dictionary;
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
