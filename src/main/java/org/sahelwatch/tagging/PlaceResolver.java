package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.List;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tagging stage, the places an article names: for each place hit, the readings its cues allow
 * ({@link PlaceCues}), the best of them by {@link PlaceScoring}, recorded as a region tag with its
 * mention. A place inside an actor's name is no place ("Islamic State Sahel Province"), but a
 * country is ("Mali Army" points to Mali). A country named as the far side of a border is tagged
 * but is no place of the article's events; "50 km west of Gao" moves the focus.
 */
final class PlaceResolver {

    private static final Logger log = LoggerFactory.getLogger(PlaceResolver.class);

    private final TaggingDictionary dict;
    private final PlaceCues cues;
    private final PlaceScoring scoring;

    PlaceResolver(TaggingDictionary dict, PlaceCues cues, PlaceScoring scoring) {
        this.dict = dict;
        this.cues = cues;
        this.scoring = scoring;
    }

    /** Writes the regions, place mentions, border-only countries and offsets into the state. */
    void resolve(ArticleState state) {
        for (FieldText f : state.fields) {
            List<Hit> actorSpans = state.hits(f).actors();
            for (Hit hit : state.hits(f).places()) {
                state.step();
                Hit actor = FieldHits.covering(actorSpans, hit);
                boolean insideActor = actor != null && actor.entries().stream().anyMatch(e -> e instanceof Entry.ActorName);
                Entry.PlaceName best = best(state, f, hit, insideActor);
                if (best != null) {
                    if (!best.demonym()) {
                        state.namedNotByDemonym.add(best.place().id());
                    }
                    boolean misspelt = state.misspelt.contains(new ArticleState.TokenAt(f, hit.first()));
                    recordPlace(state, f, hit, best.place(), misspelt ? 0.5 : confidence(best, insideActor));
                }
            }
        }
    }

    /** The acceptable reading of the hit with the highest score (the first of equals), or null. */
    private Entry.PlaceName best(ArticleState state, FieldText f, Hit hit, boolean insideActor) {
        Entry.PlaceName best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Entry e : hit.entries()) {
            state.step();
            Entry.PlaceName candidate = (Entry.PlaceName) e;
            if (!acceptable(state, f, hit, candidate, insideActor)) {
                continue;
            }
            double score = scoring.score(state, f, hit, candidate);
            if (log.isTraceEnabled()) {
                log.trace("'{}' as {} {} ({}, {}): score {}", hit.span().of(f.original), candidate.place().kind(),
                        candidate.place().id(), candidate.place().admin1(), candidate.place().countryCode(), score);
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private boolean acceptable(ArticleState state, FieldText f, Hit hit, Entry.PlaceName candidate, boolean insideActor) {
        Place place = candidate.place();
        String key = hit.key();
        if (notAPlaceName(state, f, hit, place, candidate.demonym(), insideActor)) {
            return false;
        }
        Cue cue = Cue.around(f, hit.first(), hit.end());
        boolean inContext = state.contextCountries.contains(place.countryCode());
        if (dict.cueOnlyNames.contains(key) && place.kind() != RegionKind.COUNTRY) {
            return cue.bonus(place.kind(), place.countryCode()) > 0
                    || (cue == Cue.NONE && Cue.locativeBefore(f, hit.first()) && inContext
                        && !candidate.demonym() && place.kind() == RegionKind.PLACE);
        }
        if (place.kind() != RegionKind.COUNTRY && place.kind() != RegionKind.FEATURE
                && !Gazetteer.isSahel(place.countryCode()) && !inContext) {
            return false; // "Western" (a Ghanaian region) or "Oleh" (a Nigerian town) in a text that never names Ghana or Nigeria
        }
        if (place.kind() == RegionKind.PLACE && anotherPlaceOfTheName(state, f, hit, place)) {
            return false;
        }
        if (place.kind() == RegionKind.PLACE && !place.isMajorPlace()) {
            if (dict.commonWords.contains(key)) {
                return false;
            }
            boolean adminNamed = PlaceScoring.adminMentioned(state, place, hit);
            boolean located = Cue.locativeBefore(f, hit.first()) || cue == Cue.TOWN;
            return (located && inContext) || adminNamed
                    || (located && place.countryCode().equals(PlaceCues.onlySahelCountry(hit))
                        && noOtherSahelCountry(state, place));
        }
        return !dict.commonWords.contains(key) || place.kind() == RegionKind.COUNTRY || cue != Cue.NONE;
    }

    /** The words are no place name of this kind: lower case, inside an actor's name, a river, a person, part of a longer name. */
    private boolean notAPlaceName(ArticleState state, FieldText f, Hit hit, Place place, boolean demonym,
                                  boolean insideActor) {
        if (!demonym && !PlaceCues.anyCapitalised(f, hit)) {
            return true;
        }
        if (insideActor && place.kind() != RegionKind.COUNTRY) {
            return true;
        }
        if (PlaceCues.isRiver(f, hit) || cues.isPersonsName(f, hit, hit.key())) {
            return true;
        }
        return place.kind() != RegionKind.COUNTRY && PlaceCues.partOfUnknownName(state, f, hit, place);
    }

    /** A village or town reading that the words around the name put elsewhere: another place of the same name. */
    private boolean anotherPlaceOfTheName(ArticleState state, FieldText f, Hit hit, Place place) {
        if (!place.isMajorPlace() && PlaceCues.isAcronym(f, hit)) {
            return true; // "MIA, a new rebel group": an acronym, not the village Mia
        }
        if (!place.isMajorPlace() && PlaceCues.outsideTheAdminsBesideIt(state, f, hit, place)) {
            return true; // "Delga (Banh, Loroum)": the commune Banh of Loroum, not a Banh in Yatenga
        }
        if (PlaceCues.statedAdminsExclude(state, f, hit, place)) {
            return true; // "Sassambari (Kombori, Kossi)": not the Sassambari of another region
        }
        // "Bella Beri in Ouallam": not a Bélia 300 km away in another country
        return !place.isMajorPlace() && cues.farFromTheTownItIsSaidToBeIn(state, f, hit, place);
    }

    /**
     * No other Sahel country is named in the article. Actors do not count: the MSA is a Malian
     * movement, but "MSA militiamen attacked a camp near Ekrafane" happened in Niger.
     */
    private static boolean noOtherSahelCountry(ArticleState state, Place place) {
        return state.namedCountries.stream().noneMatch(c -> Gazetteer.isSahel(c) && !c.equals(place.countryCode()));
    }

    private static double confidence(Entry.PlaceName candidate, boolean insideActor) {
        Place place = candidate.place();
        if (insideActor) {
            return 0.6;
        }
        if (candidate.demonym()) {
            return 0.7;
        }
        return switch (place.kind()) {
            case COUNTRY, FEATURE -> 0.95;
            case ADMIN1 -> 0.85;
            case ADMIN2 -> 0.8;
            case PLACE -> place.isMajorPlace() ? 0.9 : place.isLocality() ? 0.5 : 0.6;
        };
    }

    private void recordPlace(ArticleState state, FieldText f, Hit hit, Place place, double confidence) {
        Mention mention = f.mention(hit.span());
        RegionTag tag = state.regions.get(place.id());
        if (tag == null) {
            tag = regionTag(dict.gazetteer, place, confidence, false);
            state.regions.put(place.id(), tag);
        } else if (tag.getImplied()) {
            tag.setImplied(false);
        }
        tag.getMentions().add(mention);
        tag.setConfidence(Math.max(tag.getConfidence(), confidence));
        if (place.kind() == RegionKind.COUNTRY && PlaceCues.namesABorder(f, hit)) {
            state.borderOnly.add(place.id()); // tagged, but neither where the event is nor whose forces act
            return;
        }
        state.placeMentions.add(new PlaceMention(f, f.sentenceOf(hit.first()), hit.first(), place.id()));
        state.namedAsPlace.add(place.id());
        if (place.kind() == RegionKind.PLACE && place.latitude() != null && place.longitude() != null) {
            Bearing.before(f, hit.first(), place.latitude(), place.longitude())
                    .ifPresent(o -> state.offsets.putIfAbsent(place.id(), o));
        }
    }

    /** A new region tag for a place, with no mention yet. */
    static RegionTag regionTag(Gazetteer gazetteer, Place place, double confidence, boolean implied) {
        return RegionTag.newBuilder()
                .setPlaceId(place.id())
                .setName(place.name())
                .setKind(place.kind())
                .setCountryCode(place.countryCode())
                .setCountry(gazetteer.countryName(place.countryCode()))
                .setAdmin1(place.kind() == RegionKind.COUNTRY ? null : place.admin1())
                .setAdmin2(place.kind() == RegionKind.PLACE || place.kind() == RegionKind.ADMIN2 ? place.admin2() : null)
                .setLatitude(place.latitude())
                .setLongitude(place.longitude())
                .setConfidence(confidence)
                .setMentions(new ArrayList<>())
                .setImplied(implied)
                .build();
    }
}
