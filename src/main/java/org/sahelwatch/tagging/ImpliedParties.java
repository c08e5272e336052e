package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.EventType;

/**
 * Tagging stage, the parties an event type implies when no phrase names them, as ACLED codes them:
 * violence against civilians and looting have civilian victims, a protest has protesters, a riot
 * rioters (the protesters of a protest that turned violent become rioters), an IED whose layer no
 * one names an unidentified armed group; and unarmed people who brawl without deaths, in an article
 * with no armed actor, are rioters in mob violence. Implied parties take the article's main country.
 */
final class ImpliedParties {

    private static final Set<ActorCategory> ARMED_CATEGORIES = EnumSet.of(ActorCategory.STATE_FORCES,
            ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA,
            ActorCategory.EXTERNAL_FORCES);

    /** The article's main country: its code, name and the suffix of generic actor ids ("ml"). */
    private record Country(String code, String name, String idSuffix) { }

    private final TaggingDictionary dict;

    ImpliedParties(TaggingDictionary dict) {
        this.dict = dict;
    }

    /** Recodes communal brawls as mob violence, then adds the implied parties to the events and the actors. */
    void add(ArticleState state) {
        communalBrawls(state);
        String cc = CountryInContext.ofArticle(state);
        if (cc == null || state.events.isEmpty()) {
            return;
        }
        Country country = new Country(cc, dict.gazetteer.countryName(cc), cc.toLowerCase(Locale.ROOT));
        for (EventTag event : state.events) {
            state.step();
            switch (event.getEventType()) {
                case VIOLENCE_AGAINST_CIVILIANS -> impliedActor(state, country, "civilians", "Civilians",
                        ActorCategory.CIVILIANS, event);
                case STRATEGIC_DEVELOPMENTS -> victimsOfLooting(state, country, event);
                case PROTESTS -> {
                    if (state.actors.values().stream().noneMatch(a -> a.getCategory() == ActorCategory.RIOTERS)) {
                        impliedActor(state, country, "protesters", "Protesters", ActorCategory.PROTESTERS, event);
                    } // else the crowd of the protest turned riot is already there, as rioters
                }
                case RIOTS -> rioters(state, country, event);
                case EXPLOSIONS_REMOTE_VIOLENCE -> layerOfTheDevice(state, country, event);
                default -> { }
            }
        }
    }

    /**
     * Looting after a fight takes from the fighters ("killed eight soldiers … also seized a motorbike"):
     * no civilian victims are implied when the article tells a battle.
     */
    private static void victimsOfLooting(ArticleState state, Country country, EventTag event) {
        boolean battle = state.events.stream().anyMatch(e -> e.getEventType() == EventType.BATTLES);
        if (event.getSubEventType().startsWith("Looting") && !battle) {
            impliedActor(state, country, "civilians", "Civilians", ActorCategory.CIVILIANS, event);
        }
    }

    /**
     * A demonstration that turns violent is one riot: its crowd are rioters. When the article also tells a
     * protest, only the crowd the riot's own sentence names riots, unless it names none ("the inhabitants
     * took to the streets … clashes broke out between them and the security agents").
     */
    private void rioters(ArticleState state, Country country, EventTag event) {
        boolean protestEvent = state.events.stream().anyMatch(e -> e.getEventType() == EventType.PROTESTS);
        List<String> crowdOfRiot = event.getActorIds().stream().filter(id -> isGenericCrowd(state.actors.get(id))).toList();
        List<String> rioting = !protestEvent || crowdOfRiot.isEmpty()
                ? state.actors.values().stream().filter(this::isGenericCrowd).map(ActorTag::getActorId).toList()
                : crowdOfRiot;
        for (String id : rioting) {
            toRioters(state, id);
        }
        if (rioting.isEmpty()) {
            // "prostesters demonstrating … clashed with security forces": a riot has rioters
            impliedActor(state, country, "rioters", "Rioters", ActorCategory.RIOTERS, event);
        }
    }

    /**
     * An IED whose layer the report does not name: ACLED codes "Unidentified Armed Group" of the country as
     * actor 1; the forces and militias it hits are its victims, never its authors ("the device was likely
     * planted by JNIM militants" may come sentences later).
     */
    private static void layerOfTheDevice(ArticleState state, Country country, EventTag event) {
        boolean authorNamed = state.actors.values().stream().anyMatch(a -> (a.getCategory() == ActorCategory.REBEL_GROUP
                    || a.getActorId().startsWith("unidentified-armed-group-")));
        if (event.getSubEventType().startsWith("Remote explosive") && !authorNamed) {
            addImplied(state, "unidentified-armed-group-" + country.idSuffix(),
                    "Unidentified Armed Group (" + country.name() + ")", ActorCategory.POLITICAL_MILITIA,
                    country.code(), event, true);
        }
    }

    /**
     * Mob violence whose only parties are unarmed people ("two camps … from the Soninke community clashed"), in an
     * article that names no armed actor at all, is fought by rioters, as ACLED codes it: the people become
     * "Rioters (X)" and the community they belong to an associated actor. The event model decides that it is mob
     * violence; this only names its parties.
     */
    private static void communalBrawls(ArticleState state) {
        boolean armed = state.actors.values().stream().anyMatch(a -> ARMED_CATEGORIES.contains(a.getCategory()));
        if (armed) {
            return;
        }
        for (EventTag event : state.events) {
            state.step();
            boolean unarmedOnly = !event.getActorIds().isEmpty() && event.getActorIds().stream()
                    .allMatch(id -> id.startsWith("civilians-") || id.startsWith("ethnic-"));
            if (!"Mob violence".equals(event.getSubEventType()) || !unarmedOnly) {
                continue;
            }
            for (String id : List.copyOf(event.getActorIds())) {
                if (id.startsWith("ethnic-") && !event.getAssociatedActorIds().contains(id)) {
                    event.getAssociatedActorIds().add(id);
                } else if (id.startsWith("civilians-")) {
                    renameAsRioters(state, id, "Civilians");
                }
            }
        }
    }

    /**
     * A generic crowd, not an organisation of the written dictionary: "Protesters (Niger)", "Students (Niger)". The
     * actors learned from ACLED's labels include such crowds; they stay generic.
     */
    private boolean isGenericCrowd(ActorTag a) {
        return a != null && (a.getCategory() == ActorCategory.PROTESTERS || a.getCategory() == ActorCategory.RIOTERS)
                && (dict.actors.byId(a.getActorId()).isEmpty() || dict.actors.isLearnedOnly(a.getActorId()));
    }

    /** The protesters of a riot are rioters: "Protesters (Niger)" becomes "Rioters (Niger)", "Students (Niger)" riot. */
    private static void toRioters(ArticleState state, String id) {
        ActorTag crowd = state.actors.get(id);
        if (crowd == null || crowd.getCategory() == ActorCategory.RIOTERS) {
            return;
        }
        if (!id.startsWith("protesters-")) {
            crowd.setCategory(ActorCategory.RIOTERS); // the groups ("Students (Niger)") riot too
            return;
        }
        renameAsRioters(state, id, "Protesters");
    }

    /**
     * A generic crowd that riots under its generic label, in every event of the article: "Protesters (Niger)"
     * and "Civilians (Mali)" who fight each other become "Rioters (…)" ({@code label} is the former label).
     */
    private static void renameAsRioters(ArticleState state, String id, String label) {
        ActorTag crowd = state.actors.remove(id);
        if (crowd == null) {
            return;
        }
        String riotersId = "rioters-" + id.substring(id.indexOf('-') + 1);
        if (state.actors.containsKey(riotersId)) {
            state.actors.get(riotersId).getMentions().addAll(crowd.getMentions()); // the same crowd
        } else {
            crowd.setActorId(riotersId);
            crowd.setName(crowd.getName().replaceFirst("^" + label, "Rioters"));
            crowd.setCategory(ActorCategory.RIOTERS);
            state.actors.put(riotersId, crowd);
        }
        for (EventTag e : state.events) {
            state.step();
            List<String> ids = e.getActorIds().stream().map(x -> x.equals(id) ? riotersId : x).distinct().toList();
            e.getActorIds().clear();
            e.getActorIds().addAll(ids);
        }
    }

    /** Adds a generic party of the country with no mention of its own unless one of its category is already there. */
    private static void impliedActor(ArticleState state, Country country, String idPrefix, String label,
                                     ActorCategory category, EventTag event) {
        if (state.actors.values().stream().noneMatch(a -> a.getCategory() == category)) {
            addImplied(state, idPrefix + "-" + country.idSuffix(), label + " (" + country.name() + ")", category,
                    country.code(), event, false);
        }
    }

    /** Adds a party no phrase names to the event: first (as actor 1) or last. */
    private static void addImplied(ArticleState state, String id, String name, ActorCategory category, String cc,
                                   EventTag event, boolean first) {
        state.actors.computeIfAbsent(id, k -> ActorTag.newBuilder().setActorId(k).setName(name).setCategory(category)
                .setCountryCode(cc).setConfidence(0.4).setMentions(new ArrayList<>()).build());
        if (!event.getActorIds().contains(id)) {
            event.getActorIds().add(first ? 0 : event.getActorIds().size(), id);
        }
    }
}
