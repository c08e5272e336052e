package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/**
 * Tagging stage, the article's primary place: the most specific Sahel place in the sentence of the first
 * event that names a town or region; else the country of the first event that names one (a national
 * army fights at home), or the town the article names in it; else the most mentioned, most specific
 * place. Events whose sentence names only that country are put there, and "50 km west of Gao" moves
 * the focus that far from the town, at a lower confidence.
 */
final class Focus {

    /** Writes the focus into the state (a copy of its region tag, moved by a stated distance); puts the country-wide events at it. */
    void place(ArticleState state) {
        Optional<RegionTag> focus = choose(state);
        focus.ifPresent(f -> placeCountryWideEventsAt(state, f));
        state.focus = focus.map(r -> movedBy(state, RegionTag.newBuilder(r).build())).orElse(null);
    }

    private static Optional<RegionTag> choose(ArticleState state) {
        RegionTag countryOnly = null;
        EventTag countryFromEvent = null;
        for (EventTag event : state.events) {
            for (String placeId : event.getPlaceIds()) {
                state.step();
                RegionTag tag = state.regions.get(placeId);
                if (Gazetteer.isSahel(tag.getCountryCode())) {
                    if (Place.specificity(tag.getKind()) > 0) {
                        return Optional.of(tag);
                    }
                    if (countryOnly == null || (countryFromEvent == event && !stateForcesOf(state, event,
                            countryOnly.getCountryCode()) && stateForcesOf(state, event, tag.getCountryCode()))) {
                        // "Chadian rebels ambushed a Nigerien army convoy": a national army fights at home
                        countryOnly = tag;
                        countryFromEvent = event;
                    }
                }
            }
        }
        if (countryOnly != null) {
            return Optional.of(townNamedIn(state, countryOnly.getCountryCode()).orElse(countryOnly));
        }
        Optional<RegionTag> named = mostMentioned(state);
        if (named.isPresent()) {
            return named;
        }
        // no place named: the country implied by the actors, if any
        return state.regions.values().stream()
                .filter(r -> r.getKind() == RegionKind.COUNTRY && Gazetteer.isSahel(r.getCountryCode())
                        && !state.onlyAcrossABorder(r.getPlaceId()))
                .findFirst();
    }

    /** "a north Malian village … The attack took place in Ikadiwane": the most specific town named elsewhere in the country. */
    private static Optional<RegionTag> townNamedIn(ArticleState state, String cc) {
        return state.regions.values().stream()
                .filter(r -> !r.getImplied() && cc.equals(r.getCountryCode()) && Place.specificity(r.getKind()) > 0
                        && r.getKind() != RegionKind.FEATURE)
                .max(Comparator.comparingInt((RegionTag r) -> Place.specificity(r.getKind()))
                        .thenComparingInt(r -> r.getMentions().size()));
    }

    /** Of the places named (not only across a border, not a foreign nationality), Sahel first, then the most mentioned. */
    private static Optional<RegionTag> mostMentioned(ArticleState state) {
        return state.regions.values().stream()
                .filter(r -> !r.getImplied() && !state.onlyAcrossABorder(r.getPlaceId())
                        && (Gazetteer.isSahel(r.getCountryCode()) || !state.onlyAsNationality(r.getPlaceId())))
                .max(Comparator.comparing((RegionTag r) -> Gazetteer.isSahel(r.getCountryCode()))
                        .thenComparing(r -> r.getKind() != RegionKind.FEATURE)
                        .thenComparing(r -> Place.specificity(r.getKind()) > 0)
                        .thenComparingInt(r -> r.getMentions().size())
                        .thenComparingInt(r -> Place.specificity(r.getKind())));
    }

    private static boolean stateForcesOf(ArticleState state, EventTag event, String cc) {
        return event.getActorIds().stream().map(state.actors::get)
                .anyMatch(a -> a != null && a.getCategory() == ActorCategory.STATE_FORCES
                        && cc.equals(a.getCountryCode()));
    }

    /**
     * "The Burkinabe army said … attackers were killed in air strikes that followed": an event whose
     * sentence names only a country (often through a demonym) happened where the article is about,
     * when that place is in the same country. The focus is put first among the event's places.
     */
    private static void placeCountryWideEventsAt(ArticleState state, RegionTag focus) {
        if (Place.specificity(focus.getKind()) == 0) {
            return;
        }
        for (EventTag event : state.events) {
            state.step();
            List<String> ids = event.getPlaceIds();
            RegionTag first = ids.isEmpty() ? null : state.regions.get(ids.get(0));
            if (first != null && first.getKind() == RegionKind.COUNTRY
                    && first.getCountryCode().equals(focus.getCountryCode())) {
                List<String> placed = new ArrayList<>();
                placed.add(focus.getPlaceId());
                ids.stream().filter(id -> !id.equals(focus.getPlaceId())).forEach(placed::add);
                event.setPlaceIds(placed);
            }
        }
    }

    /**
     * "about 50km west of Gao": the focus keeps the town's name and evidence, at the point the
     * distance and direction give, with a lower confidence.
     */
    private static RegionTag movedBy(ArticleState state, RegionTag focus) {
        state.offsetFrom(focus.getPlaceId()).ifPresent(o -> {
            focus.setLatitude(Math.round(o.latitude() * 1e4) / 1e4);
            focus.setLongitude(Math.round(o.longitude() * 1e4) / 1e4);
            focus.setConfidence(Math.round(focus.getConfidence() * 80) / 100.0);
        });
        return focus;
    }
}
