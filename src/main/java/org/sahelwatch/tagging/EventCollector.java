package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.MentionField;
import org.sahelwatch.avro.RegionTag;

/**
 * Tagging stage, one event per happening: each typed sentence becomes an event with its parties
 * ({@link EventParties}), places (most specific Sahel place first) and toll ({@link Fatalities}); a
 * retelling of an event already found (same type and sub-type, same place or one inside the other,
 * or no place) keeps the more specific telling, and a headline that announces what the body tells
 * is dropped.
 */
final class EventCollector {

    /**
     * The most events an article keeps, in text order (title, then body). Real reports tell a handful (at
     * most 4 in any ACLED note or sample article); a text with hundreds is a digest or a list, and every
     * new event is compared with those kept, so the cap keeps that work bounded.
     */
    static final int MAX_EVENTS = 200;

    /** Adds the event a typed sentence reports, unless it retells one already found. */
    void add(ArticleState state, EventSentence sentence, EventTyping.Typing typing) {
        add(state, sentence, typing, sentence.sentence() + 1);
    }

    /**
     * Adds the event a typed sentence reports, told on through sentence {@code end} (exclusive): its toll
     * is the largest its sentences give ("Militants attacked the post. Eight soldiers were killed.").
     */
    void add(ArticleState state, EventSentence sentence, EventTyping.Typing typing, int end) {
        addEvent(state, eventTag(state, sentence.field(), sentence.sentence(), end, typing));
    }

    /**
     * A place that changes hands is one happening however each sentence tells it ("Mali Army Takes Kidal",
     * "the army retook Kidal", "the separatists left"): its sub-event type is the one its tellings give the
     * most confidence to in sum, told by that type's most confident sentence.
     */
    void voteOnTerritory(ArticleState state) {
        for (int i = 0; i < state.events.size(); i++) {
            EventTag kept = state.events.get(i);
            if (!changesHands(kept)) {
                continue;
            }
            java.util.Map<String, Double> votes = new java.util.HashMap<>();
            EventTag best = kept;
            for (EventTag telling : state.territoryTellings) {
                if (samePlace(state, kept, telling) || telling == kept) {
                    votes.merge(telling.getSubEventType(), telling.getConfidence(), Double::sum);
                }
            }
            String winner = java.util.Collections.max(votes.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
            for (EventTag telling : state.territoryTellings) {
                if ((samePlace(state, kept, telling) || telling == kept) && telling.getSubEventType().equals(winner)
                        && (!best.getSubEventType().equals(winner) || telling.getConfidence() > best.getConfidence())) {
                    best = telling;
                }
            }
            state.events.set(i, best);
        }
    }

    /**
     * A headline announces the event its body tells: a title event is dropped when the body has an
     * event at a place that agrees, of the same type and sub-type ("Clashes near Gao" over "soldiers
     * clashed … near Bourem") or read with more confidence (the terse "Attack in Djibo" over "Gunmen
     * attacked civilians in Djibo").
     */
    void dropHeadlinesRetold(ArticleState state) {
        state.events.removeIf(title -> isTitle(title)
                && state.events.stream().anyMatch(body -> !isTitle(body)
                        && (body.getEventType() == title.getEventType()
                            && body.getSubEventType().equals(title.getSubEventType())
                            || body.getConfidence() > title.getConfidence())
                        && samePlaceOrNone(state, title, body)));
    }

    private static EventTag eventTag(ArticleState state, FieldText f, int sentence, int end, EventTyping.Typing typing) {
        List<String> actorIds = EventParties.partiesIn(state, f, sentence);
        OptionalInt deaths = OptionalInt.empty();
        for (int s = sentence; s < end; s++) {
            OptionalInt d = Fatalities.inSentence(f, s);
            if (d.isPresent() && (deaths.isEmpty() || d.getAsInt() > deaths.getAsInt())) {
                deaths = d;
            }
        }
        return EventTag.newBuilder()
                .setFatalities(deaths.isPresent() ? deaths.getAsInt() : null)
                .setEventType(typing.eventType())
                .setSubEventType(typing.subEventType())
                .setConfidence(typing.confidence())
                .setEvidence(new ArrayList<>(List.of(f.mention(typing.evidence()))))
                .setRuleId(typing.ruleId())
                .setSentence(f.mention(f.sentences.get(sentence)))
                .setActorIds(actorIds)
                .setAssociatedActorIds(EventParties.associatedIn(state, f, sentence, actorIds))
                .setPlaceIds(placesIn(state, f, sentence))
                .build();
    }

    /** The places the sentence names, each once: Sahel places first, the more specific first, then in text order. */
    private static List<String> placesIn(ArticleState state, FieldText f, int sentence) {
        List<PlaceMention> places = new ArrayList<>(state.placeMentions.inSentence(f, sentence));
        places.sort(Comparator.comparingInt((PlaceMention pm) -> -CountryInContext.rank(state.regions.get(pm.placeId())))
                .thenComparingInt(PlaceMention::token));
        Set<String> placeIds = new LinkedHashSet<>();
        for (PlaceMention pm : places) {
            state.step();
            placeIds.add(pm.placeId());
        }
        return new ArrayList<>(placeIds);
    }

    /**
     * Adds an event unless it retells one already found: same type and sub-type, at the same place,
     * at a place inside the other's (Timbuktu the town and Timbuktu the region), or with no place.
     * The more specific telling is kept. A place that changes hands is one happening whichever way a
     * sentence tells it (taken, retaken, handed over): see {@link #voteOnTerritory}. An article keeps at
     * most {@link #MAX_EVENTS} events: past them, a new event is dropped (a retelling still replaces the
     * telling it retells).
     */
    private static void addEvent(ArticleState state, EventTag event) {
        if (changesHands(event) && state.territoryTellings.size() < MAX_EVENTS) {
            state.territoryTellings.add(event);
        }
        RegionTag place = primaryPlace(state, event);
        for (int i = 0; i < state.events.size(); i++) {
            state.step();
            EventTag existing = state.events.get(i);
            boolean sameKind = existing.getEventType() == event.getEventType()
                    && existing.getSubEventType().equals(event.getSubEventType());
            if (!sameKind) {
                if (changesHands(existing) && changesHands(event) && samePlace(state, existing, event)) {
                    return; // one town changing hands, told twice: "the army took Kidal … the rebels left"; see vote
                }
                continue;
            }
            RegionTag existingPlace = primaryPlace(state, existing);
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
        if (state.events.size() < MAX_EVENTS) {
            state.events.add(event);
        }
    }

    /** A sub-event type of territory changing hands. */
    private static boolean changesHands(EventTag event) {
        return org.sahelwatch.learn.EventLabels.changesHands(event.getSubEventType());
    }

    /** Both name a place, and one's is, or contains, the other's. */
    private static boolean samePlace(ArticleState state, EventTag a, EventTag b) {
        RegionTag pa = primaryPlace(state, a);
        RegionTag pb = primaryPlace(state, b);
        return pa != null && pb != null && (pa == pb || Regions.contains(pa, pb) || Regions.contains(pb, pa));
    }

    private static RegionTag primaryPlace(ArticleState state, EventTag event) {
        return event.getPlaceIds().isEmpty() ? null : state.regions.get(event.getPlaceIds().get(0));
    }

    /**
     * Either has no place, or one's place is, or contains, the other's, or both lie in one admin1
     * region (the headline's "near Gao" for the body's "near Bourem"); not Tinzaouatène and Bamako.
     */
    private static boolean samePlaceOrNone(ArticleState state, EventTag a, EventTag b) {
        RegionTag pa = primaryPlace(state, a);
        RegionTag pb = primaryPlace(state, b);
        return pa == null || pb == null || pa == pb || Regions.contains(pa, pb) || Regions.contains(pb, pa)
                || (pa.getCountryCode().equals(pb.getCountryCode()) && pa.getAdmin1() != null
                    && pa.getAdmin1().equals(pb.getAdmin1()));
    }

    private static boolean isTitle(EventTag event) {
        return event.getSentence().getField() == MentionField.TITLE;
    }
}
