package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.events.EventRule;
import org.sahelwatch.events.FatalityExtractor;
import org.sahelwatch.text.Span;

/**
 * The tagging of one article, step by step: dictionary hits per field, then places, actors and
 * events resolved against each other (a place inside an actor's name is not a place; a generic
 * actor takes the country of the places around it; an event's agent decides its sub-type).
 * Single-use and single-threaded: {@link Tagger} makes one per article.
 */
final class ArticleAnalysis {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ArticleAnalysis.class);

    private final TaggingDictionary dict;
    private final ArticleState state;

    ArticleAnalysis(TaggingDictionary dict, ArticleState state) {
        this.dict = dict;
        this.state = state;
    }

    void run() {
        for (FieldText f : state.fields) {
            classifyEvents(f);
        }
        dropHeadlinesRetold();
        communalBrawls();
        addImpliedParties();
        countFatalities();
    }

    // ---- events -----------------------------------------------------------------------------

    private void classifyEvents(FieldText f) {
        Map<Integer, EventTag> bestBySentence = new LinkedHashMap<>();
        Map<Integer, Integer> orderBySentence = new HashMap<>();
        Map<Integer, EventTag> armedClash = new HashMap<>();
        for (Hit hit : state.hits(f).triggers()) {
            int sentence = f.sentenceOf(hit.first());
            if (EventContext.isSuppressed(f, sentence, hit.first(), state.publishedYear)) {
                continue;
            }
            ActorMention agent = agentOf(f, sentence, hit);
            Boolean agentIsState = agent == null ? null : agent.category() == ActorCategory.STATE_FORCES;
            Set<EventRule> contexts = state.hits(f).contextsIn(sentence);
            Entry.Trigger chosen = null;
            EventRule.ObjectKind object = EventObject.of(f, sentence, hit.first(), hit.end(), state.actorMentions);
            for (Entry e : hit.entries()) {
                Entry.Trigger t = (Entry.Trigger) e;
                if (t.rule().acceptsAgent(agentIsState)
                        && t.rule().acceptsObject(object, contexts.contains(t.rule()))
                        && (chosen == null || t.order() < chosen.order())) {
                    chosen = t;
                }
            }
            if (chosen == null) {
                continue;
            }
            if (chosen.rule().eventType() == org.sahelwatch.avro.EventType.BATTLES
                    && object == EventRule.ObjectKind.ARMED && !armedClash.containsKey(sentence)) {
                armedClash.put(sentence, eventTag(f, sentence, hit, chosen.rule(), agent != null));
            }
            Integer previous = orderBySentence.get(sentence);
            if (previous == null || chosen.order() < previous) {
                orderBySentence.put(sentence, chosen.order());
                bestBySentence.put(sentence, eventTag(f, sentence, hit, chosen.rule(), agent != null));
            }
        }
        for (Map.Entry<Integer, EventTag> e : bestBySentence.entrySet()) {
            EventTag event = e.getValue();
            EventTag clash = armedClash.get(e.getKey());
            // "people were killed when militants attacked the town and clashed with the army": a battle
            addEvent(clash != null && event.getEventType() == org.sahelwatch.avro.EventType.VIOLENCE_AGAINST_CIVILIANS
                    ? clash : event);
        }
    }

    /**
     * Adds an event unless it retells one already found: same type and sub-type, at the same place,
     * at a place inside the other's (Timbuktu the town and Timbuktu the region), or with no place.
     * The more specific telling is kept.
     */
    private void addEvent(EventTag event) {
        RegionTag place = primaryPlace(event);
        for (int i = 0; i < state.events.size(); i++) {
            EventTag existing = state.events.get(i);
            if (existing.getEventType() != event.getEventType()
                    || !existing.getSubEventType().equals(event.getSubEventType())) {
                continue;
            }
            RegionTag existingPlace = primaryPlace(existing);
            if (place == null || existingPlace == null || place == existingPlace || Regions.contains(place, existingPlace)) {
                if (isTitle(existing) && !isTitle(event) && existingPlace != null
                        && (place == existingPlace || (place != null && Regions.contains(existingPlace, place)))) {
                    state.events.set(i, event); // the body's telling of the headline's event carries more evidence
                }
                return;
            }
            if (Regions.contains(existingPlace, place)) {
                state.events.set(i, event);
                return;
            }
        }
        state.events.add(event);
    }

    private RegionTag primaryPlace(EventTag event) {
        return event.getPlaceIds().isEmpty() ? null : state.regions.get(event.getPlaceIds().get(0));
    }

    /**
     * A headline announces the event its body tells: a title event is dropped when the body has an
     * event of the same type and sub-type at a place that agrees ("Clashes near Gao" over "soldiers
     * clashed … near Bourem").
     */
    private void dropHeadlinesRetold() {
        state.events.removeIf(title -> isTitle(title)
                && state.events.stream().anyMatch(body -> !isTitle(body)
                        && body.getEventType() == title.getEventType()
                        && body.getSubEventType().equals(title.getSubEventType())
                        && samePlaceOrNone(title, body)));
    }

    /**
     * Either has no place, or one's place is, or contains, the other's, or both lie in one admin1
     * region (the headline's "near Gao" for the body's "near Bourem"); not Tinzaouatène and Bamako.
     */
    private boolean samePlaceOrNone(EventTag a, EventTag b) {
        RegionTag pa = primaryPlace(a);
        RegionTag pb = primaryPlace(b);
        return pa == null || pb == null || pa == pb || Regions.contains(pa, pb) || Regions.contains(pb, pa)
                || (pa.getCountryCode().equals(pb.getCountryCode()) && pa.getAdmin1() != null
                    && pa.getAdmin1().equals(pb.getAdmin1()));
    }

    private static boolean isTitle(EventTag event) {
        return event.getSentence().getField() == org.sahelwatch.avro.MentionField.TITLE;
    }

    /**
     * The acting party of a trigger: after "by" in a passive ("was retaken by the army"), else the
     * nearest actor before the trigger in its sentence, else the first after it. Persons and
     * civilians are never the agent of an armed event.
     */
    private ActorMention agentOf(FieldText f, int sentence, Hit trigger) {
        List<ActorMention> inSentence = state.actorMentions.stream()
                .filter(m -> m.field() == f && m.sentence() == sentence)
                .filter(m -> m.category() != ActorCategory.OTHER && m.category() != ActorCategory.CIVILIANS)
                .toList();
        boolean passive = EventObject.agentFollows(f, trigger.end());
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention m : inSentence) {
            if (m.token() < trigger.first()) {
                before = m;
            } else if (m.token() >= trigger.end() && after == null) {
                after = m;
            }
        }
        if (passive && after != null) {
            return after;
        }
        return before != null ? before : after;
    }

    /** The associated actors of a sentence's event: those joined to a party, and those ACLED always codes so. */
    private List<String> associatedIn(FieldText f, int sentence, List<String> actorIds) {
        List<String> out = new ArrayList<>(associated(f, sentence));
        for (String id : actorIds) {
            if (state.codedAssociates.contains(id) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Phrases that join a force to the party it fights alongside, folded, as token lists. */
    private static final List<List<String>> ALONGSIDE = java.util.stream.Stream.of(
            "and", "et", "accompanied by", "in coordination with", "with support from", "with the support of",
            "backed by", "supported by", "assisted by", "alongside", "together with", "aux cotes de",
            "appuyes par", "appuyee par", "appuyees par", "soutenus par", "accompagnes de", "accompagnes par",
            "avec l appui de", "avec le soutien de", "en coordination avec", "accompagnee de", "accompagnee par",
            "accompagne de", "accompagne par", "accompagnees de", "appuye par", "soutenue par", "soutenu par",
            "epaulee par", "epaules par", "epaule par", "aux cotes des")
            .map(p -> List.of(p.split(" "))).toList();

    /** The generic words a force's name may carry that a joining phrase does not include. */
    private static final Set<String> FORCE_NOUNS = Set.of("forces", "troops", "army", "soldiers", "units", "force",
            "armee", "militiamen", "aircrafts", "aircraft", "miliciens", "militaires", "soldats", "troupes", "unites",
            "elements", "avions");

    private static final Set<String> TRAILING_ARTICLES = Set.of("the", "les", "la", "le", "l", "des", "de", "du",
            "volunteer");

    private static final Set<ActorCategory> PRO_STATE = java.util.EnumSet.of(ActorCategory.STATE_FORCES,
            ActorCategory.EXTERNAL_FORCES);

    /**
     * ACLED's associated actors in a sentence: a force joined to an earlier one by "and", "&",
     * "accompanied by", "with support from", "aux côtés de" …, where both are state or foreign forces,
     * or one is and the other a militia (not a rebel group: "the army and the CMA clashed" are
     * opponents; nor two forces joined by a plain "and" in a sentence where they clash or exchange fire). The later one is associated: "French and Malian forces" have the French as the
     * party and the Malian forces associated, as ACLED codes joint operations.
     */
    private List<String> associated(FieldText f, int sentence) {
        List<ActorMention> inSentence = state.actorMentions.stream()
                .filter(m -> m.field() == f && m.sentence() == sentence)
                .sorted(Comparator.comparingInt(ActorMention::token)).toList();
        int[] range = f.sentenceTokens(sentence);
        boolean reciprocal = false;
        for (int t = range[0]; t < range[1]; t++) {
            String w = f.token(t);
            reciprocal |= w.equals("clashed") || w.equals("exchanged") || w.equals("fought") || w.startsWith("affront")
                    || w.equals("accroches") || w.equals("echange");
        }
        List<String> out = new ArrayList<>();
        for (int j = 1; j < inSentence.size(); j++) {
            ActorMention b = inSentence.get(j);
            if (!armedAlly(b.category()) || b.category() == ActorCategory.REBEL_GROUP) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                ActorMention a = inSentence.get(i);
                // a force joined to an associated one is associated too: "the army with support from U.S. and French forces"
                if (a.actorId().equals(b.actorId()) || !armedAlly(a.category())
                        || !(PRO_STATE.contains(a.category()) || PRO_STATE.contains(b.category()))) {
                    continue;
                }
                if (joined(f, a, b, reciprocal)) {
                    if (!out.contains(b.actorId())) {
                        out.add(b.actorId());
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static boolean armedAlly(ActorCategory c) {
        return c == ActorCategory.STATE_FORCES || c == ActorCategory.EXTERNAL_FORCES
                || c == ActorCategory.IDENTITY_MILITIA || c == ActorCategory.POLITICAL_MILITIA;
    }

    /**
     * The words between the end of {@code a}'s mention and {@code b}'s are a joining phrase ("and",
     * "accompanied by"), possibly with the generic word of {@code a} before it ("Malian army and
     * GATIA units", "Burkinabe soldiers and volunteer fighters"), or just an ampersand.
     */
    private boolean joined(FieldText f, ActorMention a, ActorMention b, boolean reciprocal) {
        int aEnd = mentionEnd(f, a);
        if (aEnd < 0 || aEnd > b.token()) {
            return false;
        }
        while (aEnd < b.token() && demonymAt(f, aEnd)) {
            aEnd++; // "l'armée nigérienne, avec le soutien de …": the nationality after the force's noun
        }
        List<String> between = new ArrayList<>();
        for (int t = aEnd; t < b.token(); t++) {
            between.add(f.token(t));
        }
        while (!between.isEmpty() && FORCE_NOUNS.contains(between.get(0))) {
            between.remove(0);
        }
        while (!between.isEmpty() && !ALONGSIDE.contains(between) && (FORCE_NOUNS.contains(between.get(between.size() - 1))
                || TRAILING_ARTICLES.contains(between.get(between.size() - 1)))) {
            // "… accompanied by the", "… and volunteer (fighters)"; not the "de" of "avec le soutien de"
            between.remove(between.size() - 1);
        }
        if (between.isEmpty()) {
            int from = f.span(aEnd - 1, aEnd).end();
            int to = f.span(b.token(), b.token() + 1).start();
            return !reciprocal && from <= to && f.original.substring(from, to).contains("&");
        }
        boolean plainAnd = between.size() == 1 && (between.get(0).equals("and") || between.get(0).equals("et"));
        // "GATIA and Nigerien soldiers exchanged gunfire": joined by "and", but on opposite sides
        return ALONGSIDE.contains(between) && !(plainAnd && reciprocal);
    }

    private boolean demonymAt(FieldText f, int t) {
        return state.hits(f).places().stream().anyMatch(h -> h.first() <= t && t < h.end()
                && h.entries().stream().anyMatch(e -> e instanceof Entry.PlaceName p && p.demonym()));
    }

    /** The token after the end of the actor's mention that starts at {@code m.token()}, or -1. */
    private int mentionEnd(FieldText f, ActorMention m) {
        for (Hit h : state.hits(f).actors()) {
            if (h.first() == m.token()) {
                return h.end();
            }
        }
        for (Hit h : state.hits(f).places()) {
            if (h.first() == m.token()) {
                return h.end(); // a force named by its demonym: "U.S. and French forces"
            }
        }
        return m.token() + 1;
    }

    private EventTag eventTag(FieldText f, int sentence, Hit trigger, EventRule rule, boolean hasAgent) {
        List<String> actorIds = new ArrayList<>();
        for (ActorMention m : state.actorMentions) {
            if (m.field() == f && m.sentence() == sentence && !actorIds.contains(m.actorId())) {
                actorIds.add(m.actorId());
            }
        }
        List<PlaceMention> places = new ArrayList<>();
        for (PlaceMention pm : state.placeMentions) {
            if (pm.field() == f && pm.sentence() == sentence) {
                places.add(pm);
            }
        }
        places.sort(Comparator.comparingInt((PlaceMention pm) -> -CountryInContext.rank(state.regions.get(pm.placeId())))
                .thenComparingInt(PlaceMention::token));
        List<String> placeIds = new ArrayList<>();
        for (PlaceMention pm : places) {
            if (!placeIds.contains(pm.placeId())) {
                placeIds.add(pm.placeId());
            }
        }
        Span sentenceSpan = f.sentences.get(sentence);
        int[] range = f.sentenceTokens(sentence);
        OptionalInt deaths = FatalityExtractor.inSentence(f.tokens, range[0], range[1]);
        return EventTag.newBuilder()
                .setFatalities(deaths.isPresent() ? deaths.getAsInt() : null)
                .setEventType(rule.eventType())
                .setSubEventType(rule.subEventType())
                .setConfidence(hasAgent ? rule.confidence() : rule.confidence() * 0.85)
                .setEvidence(new ArrayList<>(List.of(f.mention(trigger.span()))))
                .setRuleId(rule.id())
                .setSentence(f.mention(sentenceSpan))
                .setActorIds(actorIds)
                .setAssociatedActorIds(associatedIn(f, sentence, actorIds))
                .setPlaceIds(placeIds)
                .build();
    }

    /**
     * The party an event type implies when no phrase named it: violence against civilians or looting
     * has civilian victims, a protest has protesters ("the town's youths demonstrated" names none),
     * and in a riot the protesters are rioters. They take the article's main country.
     */
    private void addImpliedParties() {
        String cc = CountryInContext.ofArticle(state);
        if (cc == null || state.events.isEmpty()) {
            return;
        }
        String country = dict.gazetteer.countryName(cc);
        String idSuffix = cc.toLowerCase(java.util.Locale.ROOT);
        for (EventTag event : state.events) {
            switch (event.getEventType()) {
                case VIOLENCE_AGAINST_CIVILIANS -> impliedActor("civilians-" + idSuffix, "Civilians (" + country + ")",
                        ActorCategory.CIVILIANS, cc, event);
                case STRATEGIC_DEVELOPMENTS -> {
                    // looting after a fight takes from the fighters ("killed eight soldiers … also seized a
                    // motorbike"): no civilian victims are implied when the article tells a battle
                    boolean battle = state.events.stream().anyMatch(e -> e.getEventType() == org.sahelwatch.avro.EventType.BATTLES);
                    if (event.getSubEventType().startsWith("Looting") && !battle) {
                        impliedActor("civilians-" + idSuffix, "Civilians (" + country + ")", ActorCategory.CIVILIANS, cc, event);
                    }
                }
                case PROTESTS -> {
                    if (state.actors.values().stream().noneMatch(a -> a.getCategory() == ActorCategory.RIOTERS)) {
                        impliedActor("protesters-" + idSuffix, "Protesters (" + country + ")",
                                ActorCategory.PROTESTERS, cc, event);
                    } // else the crowd of the protest turned riot is already there, as rioters
                }
                case RIOTS -> {
                    // a demonstration that turns violent is one riot: its crowd are rioters. When the article
                    // also tells a protest, only the crowd the riot's own sentence names riots, unless it
                    // names none ("the inhabitants took to the streets … clashes broke out between them and
                    // the security agents")
                    boolean protestEvent = state.events.stream().anyMatch(e -> e.getEventType() == org.sahelwatch.avro.EventType.PROTESTS);
                    List<String> crowdOfRiot = event.getActorIds().stream().filter(id -> isGenericCrowd(state.actors.get(id))).toList();
                    List<String> rioting = !protestEvent || crowdOfRiot.isEmpty()
                            ? state.actors.values().stream().filter(this::isGenericCrowd).map(ActorTag::getActorId).toList()
                            : crowdOfRiot;
                    for (String id : rioting) {
                        toRioters(id);
                    }
                    if (rioting.isEmpty()) {
                        // "prostesters demonstrating … clashed with security forces": a riot has rioters
                        impliedActor("rioters-" + idSuffix, "Rioters (" + country + ")", ActorCategory.RIOTERS, cc, event);
                    }
                }
                case EXPLOSIONS_REMOTE_VIOLENCE -> {
                    // an IED whose layer the report does not name: ACLED codes "Unidentified Armed Group" of the
                    // country as actor 1; the forces and militias it hits are its victims, never its authors
                    // ("the device was likely planted by JNIM militants" may come sentences later)
                    boolean authorNamed = state.actors.values().stream().anyMatch(a -> (a.getCategory() == ActorCategory.REBEL_GROUP
                                || a.getActorId().startsWith("unidentified-armed-group-")));
                    if (event.getSubEventType().startsWith("Remote explosive") && !authorNamed) {
                        addImplied("unidentified-armed-group-" + idSuffix, "Unidentified Armed Group (" + country + ")",
                                ActorCategory.POLITICAL_MILITIA, cc, event, true);
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * A clash whose only parties are unarmed people ("two camps … from the Soninke community clashed"), with no
     * one killed, in an article that names no armed actor at all, is ACLED's mob violence between rioters: the people become
     * "Rioters (X)" and the community they belong to an associated actor.
     */
    private void communalBrawls() {
        boolean armed = state.actors.values().stream().anyMatch(a -> ARMED_CATEGORIES.contains(a.getCategory()));
        if (armed) {
            return;
        }
        boolean brawl = false;
        for (EventTag event : state.events) {
            boolean unarmedOnly = !event.getActorIds().isEmpty() && event.getActorIds().stream()
                    .allMatch(id -> id.startsWith("civilians-") || id.startsWith("ethnic-"));
            boolean deadly = event.getFatalities() != null && event.getFatalities() > 0;
            if (event.getEventType() != org.sahelwatch.avro.EventType.BATTLES || !unarmedOnly || deadly) {
                continue; // a deadly communal clash is a battle of communal militias, as ACLED codes it
            }
            brawl = true;
            event.setEventType(org.sahelwatch.avro.EventType.RIOTS);
            event.setSubEventType("Mob violence");
            for (String id : List.copyOf(event.getActorIds())) {
                if (id.startsWith("ethnic-") && !event.getAssociatedActorIds().contains(id)) {
                    event.getAssociatedActorIds().add(id);
                } else if (id.startsWith("civilians-")) {
                    renameAsRioters(id, "Civilians");
                }
            }
        }
        if (brawl) {
            // "Twelve people were wounded": the brawl's own casualties, not an attack on civilians
            state.events.removeIf(e -> e.getEventType() == org.sahelwatch.avro.EventType.VIOLENCE_AGAINST_CIVILIANS
                    && e.getActorIds().stream().allMatch(id -> id.startsWith("rioters-")));
        }
    }

    private static final Set<ActorCategory> ARMED_CATEGORIES = java.util.EnumSet.of(ActorCategory.STATE_FORCES,
            ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA,
            ActorCategory.EXTERNAL_FORCES);

    /** A generic crowd (not a dictionary actor): "Protesters (Niger)", "Students (Niger)". */
    private boolean isGenericCrowd(ActorTag a) {
        return a != null && (a.getCategory() == ActorCategory.PROTESTERS || a.getCategory() == ActorCategory.RIOTERS)
                && dict.actors.byId(a.getActorId()).isEmpty();
    }

    /** The protesters of a riot are rioters: "Protesters (Niger)" becomes "Rioters (Niger)", "Students (Niger)" riot. */
    private void toRioters(String id) {
        ActorTag crowd = state.actors.get(id);
        if (crowd == null || crowd.getCategory() == ActorCategory.RIOTERS) {
            return;
        }
        if (!id.startsWith("protesters-")) {
            crowd.setCategory(ActorCategory.RIOTERS); // the groups ("Students (Niger)") riot too
            return;
        }
        renameAsRioters(id, "Protesters");
    }

    /**
     * A generic crowd that riots under its generic label, in every event of the article: "Protesters (Niger)"
     * and "Civilians (Mali)" who fight each other become "Rioters (…)" ({@code label} is the former label).
     */
    private void renameAsRioters(String id, String label) {
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
            List<String> ids = e.getActorIds().stream().map(x -> x.equals(id) ? riotersId : x).distinct().toList();
            e.getActorIds().clear();
            e.getActorIds().addAll(ids);
        }
    }

    /** Adds a generic party with no mention of its own unless one of its category is already there. */
    private void impliedActor(String id, String name, ActorCategory category, String cc, EventTag event) {
        if (state.actors.values().stream().noneMatch(a -> a.getCategory() == category)) {
            addImplied(id, name, category, cc, event, false);
        }
    }

    /** Adds a party no phrase names to the event: first (as actor 1) or last. */
    private void addImplied(String id, String name, ActorCategory category, String cc, EventTag event, boolean first) {
        state.actors.computeIfAbsent(id, k -> ActorTag.newBuilder().setActorId(k).setName(name).setCategory(category)
                .setCountryCode(cc).setConfidence(0.4).setMentions(new ArrayList<>()).build());
        if (!event.getActorIds().contains(id)) {
            event.getActorIds().add(first ? 0 : event.getActorIds().size(), id);
        }
    }

    // ---- fatalities -------------------------------------------------------------------------

    private void countFatalities() {
        Integer best = null;
        for (FieldText f : state.fields) {
            for (int s = 0; s < f.sentences.size(); s++) {
                int[] range = f.sentenceTokens(s);
                if (range[1] <= range[0] || EventContext.isBackground(f, range[0], range[1], state.publishedYear)) {
                    continue;
                }
                OptionalInt count = FatalityExtractor.inSentence(f.tokens, range[0], range[1]);
                if (count.isPresent() && (best == null || count.getAsInt() > best)) {
                    best = count.getAsInt();
                }
            }
        }
        state.fatalities = best;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String foldedKey(String phrase) {
        return String.join(" ", TaggingDictionary.tokensOf(phrase));
    }
}
