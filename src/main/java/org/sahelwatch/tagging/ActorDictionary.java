package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sahelwatch.avro.ActorCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The named actors of {@code config/actors.tsv}. Immutable after loading. */
public final class ActorDictionary {

    private static final Logger log = LoggerFactory.getLogger(ActorDictionary.class);

    private final Map<String, Actor> byId;

    private ActorDictionary(Map<String, Actor> byId) {
        this.byId = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byId)); // file order: ties resolve the same way every run
    }

    public static ActorDictionary load(DictionarySource source, String file) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        try (BufferedReader reader = source.open(file)) {
            for (TsvTable.Row row : TsvTable.read(source.describe(file), reader).rows()) {
                try {
                    Actor actor = new Actor(row.get("id"), row.get("name"),
                            ActorCategory.valueOf(row.get("category")), row.get("countryCode"),
                            row.list("acledName"), row.list("aliases"), row.get("validFrom"),
                            row.get("validTo"), row.get("successor"));
                    if (actor.id().isEmpty() || actor.aliases().isEmpty()) {
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
        return new ActorDictionary(actors);
    }

    public static ActorDictionary of(Collection<Actor> actors) {
        Map<String, Actor> map = new LinkedHashMap<>();
        actors.forEach(a -> map.put(a.id(), a));
        return new ActorDictionary(map);
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The state forces of a country: the STATE_FORCES actor whose id names the army, else any. */
    /** The state actor of a country whose id ends with {@code suffix} ("-police", "-gendarmerie"). */
    public Optional<Actor> stateBodyOf(String countryCode, String suffix) {
        return byId.values().stream()
                .filter(a -> a.category() == ActorCategory.STATE_FORCES && countryCode.equals(a.countryCode())
                        && a.id().endsWith(suffix))
                .sorted(java.util.Comparator.comparing(Actor::id))
                .findFirst();
    }

    public Optional<Actor> stateForcesOf(String countryCode) {
        Actor fallback = null;
        for (Actor a : byId.values()) {
            if (a.category() == ActorCategory.STATE_FORCES && countryCode.equals(a.countryCode())) {
                if (a.id().contains("armed-forces") || a.id().contains("military") || a.id().endsWith("-army")) {
                    return Optional.of(a);
                }
                if (fallback == null) {
                    fallback = a;
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    public int size() {
        return byId.size();
    }

}
