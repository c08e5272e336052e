package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The named actors of {@code config/actors.tsv}. Immutable after loading. */
public final class ActorDictionary {

    private static final Logger log = LoggerFactory.getLogger(ActorDictionary.class);

    private final Map<String, Actor> byId;
    /** Ids of the actors only the learned table has: their names are ACLED's labels, not phrases of the text. */
    private final Set<String> learnedOnly;

    private ActorDictionary(Map<String, Actor> byId, Set<String> learnedOnly) {
        this.byId = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byId)); // file order: ties resolve the same way every run
        this.learnedOnly = Set.copyOf(learnedOnly);
    }

    public static ActorDictionary load(DictionarySource source, String file) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Actor actor : read(source, file, true)) {
            actors.put(actor.id(), actor);
        }
        return new ActorDictionary(actors, Set.of());
    }

    /**
     * The rows of an actor table; a bad row is logged with its file and line and skipped. A hand-written
     * table needs at least one alias per actor; a learned one ({@code actors-acled.tsv}) may list an actor
     * whose surface forms no note showed often enough.
     */
    public static List<Actor> read(DictionarySource source, String file, boolean aliasRequired) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        try (BufferedReader reader = source.open(file)) {
            for (TsvTable.Row row : TsvTable.read(source.describe(file), reader).rows()) {
                try {
                    Actor actor = new Actor(row.get("id"), row.get("name"),
                            ActorCategory.valueOf(row.get("category")), row.get("countryCode"),
                            row.list("acledName"), row.list("aliases"), row.get("validFrom"),
                            row.get("validTo"), row.get("successor"));
                    if (actor.id().isEmpty() || (aliasRequired && actor.aliases().isEmpty())) {
                        throw new IllegalArgumentException("needs an id and at least one alias");
                    }
                    if (actors.putIfAbsent(actor.id(), actor) != null) {
                        log.warn("Actor id {} appears twice; skipping {}", actor.id(), row.where());
                    }
                } catch (RuntimeException e) {
                    log.warn("Skipping actor entry at {}: {}", row.where(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(actors.values());
    }

    public static ActorDictionary of(Collection<Actor> actors) {
        Map<String, Actor> map = new LinkedHashMap<>();
        actors.forEach(a -> map.put(a.id(), a));
        return new ActorDictionary(map, Set.of());
    }

    /**
     * This dictionary with learned actors ({@code actors-acled.tsv}, or a cross-validation fold's table): a
     * learned row whose id is already here adds its ACLED labels and aliases to the written entry, which keeps
     * its name, category, country and dates; any other row is a new actor, after the written ones.
     */
    public ActorDictionary withLearned(Collection<Actor> learned) {
        Map<String, Actor> map = new LinkedHashMap<>(byId);
        Set<String> only = new java.util.HashSet<>(learnedOnly);
        for (Actor l : learned) {
            Actor written = map.get(l.id());
            if (written == null) {
                map.put(l.id(), l);
                only.add(l.id());
            } else {
                map.put(l.id(), new Actor(written.id(), written.name(), written.category(), written.countryCode(),
                        union(written.acledNames(), l.acledNames()), union(written.aliases(), l.aliases()),
                        written.validFrom(), written.validTo(), written.successor()));
            }
        }
        return new ActorDictionary(map, only);
    }

    /**
     * The written phrases, every one kept as written (the acronym "MINUSMA" matches in capitals only, so its
     * alias "Minusma" is another phrase though it folds the same), then the learned ones no written phrase folds to.
     */
    private static List<String> union(List<String> written, List<String> learned) {
        List<String> out = new ArrayList<>(written);
        Set<String> folded = new java.util.HashSet<>();
        written.forEach(s -> folded.add(org.sahelwatch.text.TextNormalizer.foldPhrase(s)));
        for (String s : learned) {
            if (folded.add(org.sahelwatch.text.TextNormalizer.foldPhrase(s))) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Whether the actor comes from the learned table only (its name is an ACLED label, never matched in text). */
    public boolean isLearnedOnly(String id) {
        return learnedOnly.contains(id);
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The state actor of a country whose id ends with {@code suffix} ("-police", "-gendarmerie"). */
    public Optional<Actor> stateBodyOf(String countryCode, String suffix) {
        return byId.values().stream()
                .filter(a -> a.category() == ActorCategory.STATE_FORCES && countryCode.equals(a.countryCode())
                        && a.id().endsWith(suffix))
                .sorted(java.util.Comparator.comparing(Actor::id))
                .findFirst();
    }

    /**
     * A country's national military: its state forces, or for a foreign country its armed forces entry
     * (category EXTERNAL_FORCES, "france-armed-forces", "us-armed-forces").
     */
    public Optional<Actor> nationalForcesOf(String countryCode) {
        return stateForcesOf(countryCode).or(() -> byId.values().stream()
                .filter(a -> a.category() == ActorCategory.EXTERNAL_FORCES && countryCode.equals(a.countryCode())
                        && a.id().endsWith("armed-forces"))
                .findFirst());
    }

    /**
     * The state forces of a country: the written STATE_FORCES actor whose id names the army, else a learned one
     * whose id does, else any written one. A learned actor is one of ACLED's labels (a unit, a mutiny, "Private
     * Security Forces (USA)"), never a country's forces in general unless its id names the army.
     */
    public Optional<Actor> stateForcesOf(String countryCode) {
        Actor learnedArmy = null;
        Actor fallback = null;
        for (Actor a : byId.values()) {
            if (a.category() == ActorCategory.STATE_FORCES && countryCode.equals(a.countryCode())) {
                boolean army = a.id().contains("armed-forces") || a.id().contains("military") || a.id().endsWith("-army");
                if (army && !isLearnedOnly(a.id())) {
                    return Optional.of(a);
                }
                if (army && learnedArmy == null) {
                    learnedArmy = a;
                } else if (!isLearnedOnly(a.id()) && fallback == null) {
                    fallback = a;
                }
            }
        }
        return Optional.ofNullable(learnedArmy != null ? learnedArmy : fallback);
    }

    /**
     * The UN peacekeeping mission deployed in a country in a year: the EXTERNAL_FORCES actor with the alias
     * "UN peacekeepers in &lt;country name&gt;" whose validFrom–validTo span covers the year.
     */
    public Optional<Actor> peacekeepingMissionIn(String countryName, int year) {
        String alias = "un peacekeepers in " + countryName.toLowerCase(java.util.Locale.ROOT);
        for (Actor a : byId.values()) {
            if (a.category() == ActorCategory.EXTERNAL_FORCES && validIn(a, year)
                    && a.aliases().stream().anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT).equals(alias))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The identity militia of a people: the IDENTITY_MILITIA actor with the alias "&lt;people&gt; militia". */
    public Optional<Actor> ethnicMilitiaOf(String people) {
        String alias = people.toLowerCase(java.util.Locale.ROOT) + " militia";
        return byId.values().stream()
                .filter(a -> a.category() == ActorCategory.IDENTITY_MILITIA
                        && a.aliases().stream().anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT).equals(alias)))
                .findFirst();
    }

    /** Whether the actor existed in the year (validFrom and validTo read by their year; empty = open). */
    static boolean validIn(Actor a, int year) {
        return (yearOf(a.validFrom()) == null || yearOf(a.validFrom()) <= year)
                && (yearOf(a.validTo()) == null || yearOf(a.validTo()) >= year);
    }

    private static Integer yearOf(String date) {
        if (date == null || date.length() < 4) {
            return null;
        }
        try {
            return Integer.valueOf(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public int size() {
        return byId.size();
    }

}
