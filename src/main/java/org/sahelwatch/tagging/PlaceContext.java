package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.sahelwatch.avro.RegionKind;

/**
 * Tagging stage, what the names set up before any place is chosen: the countries in context (named,
 * by demonym, through a named actor's or a people's home), the countries named only across a
 * border, the admin names the article may name, and the anchor points (towns and regions with
 * coordinates) that namesakes are measured against. When no Sahel country is in context, a region
 * or town found in one Sahel country only says which ("Mopti" and "Douentza" are Malian).
 */
final class PlaceContext {

    private final TaggingDictionary dict;
    private final PlaceCues cues;

    PlaceContext(TaggingDictionary dict, PlaceCues cues) {
        this.dict = dict;
        this.cues = cues;
    }

    /** Writes the context countries, border countries, admin names and anchors into the state. */
    void collect(ArticleState state) {
        for (FieldText f : state.fields) {
            for (Hit hit : state.hits(f).places()) {
                state.step();
                collectFromPlace(state, f, hit);
            }
            for (Hit hit : state.hits(f).actors()) {
                state.step();
                collectFromActor(state, hit);
            }
        }
        if (state.contextCountries.isEmpty() && state.peopleCountries.size() == 1) {
            state.contextCountries.addAll(state.peopleCountries); // "the Dogon hamlet of Yara", and no country named: Mali
        }
        inferContextCountries(state);
    }

    private void collectFromPlace(ArticleState state, FieldText f, Hit hit) {
        boolean capital = f.isCapitalised(hit.first());
        for (Entry e : hit.entries()) {
            Entry.PlaceName p = (Entry.PlaceName) e;
            if (p.place().kind() == RegionKind.COUNTRY && (capital || p.demonym())) {
                state.contextCountries.add(p.place().countryCode());
                if (!PlaceCues.namesABorder(f, hit)) {
                    state.namedCountries.add(p.place().countryCode()); // not "near the border with Burkina Faso"
                } else {
                    state.borderCountries.add(p.place());
                }
            }
            if (p.place().kind() == RegionKind.ADMIN1 || p.place().kind() == RegionKind.ADMIN2) {
                state.mentionedAdminNames.computeIfAbsent(state.foldedKey(p.place().name()),
                        k -> new ArrayList<>()).add(hit);
            }
            boolean anchorKind = p.place().isMajorPlace() || p.place().kind() == RegionKind.ADMIN1
                    || p.place().kind() == RegionKind.ADMIN2;
            if (capital && anchorKind && p.place().latitude() != null && p.place().longitude() != null
                    && !dict.cueOnlyNames.contains(hit.key())) {
                state.anchors.add(new ArticleState.Anchor(hit, p.place().latitude(), p.place().longitude()));
            }
        }
        if (capital) {
            cues.oneSpotOf(f, hit).ifPresent(state.anchors::add);
        }
    }

    private static void collectFromActor(ArticleState state, Hit hit) {
        for (Entry e : hit.entries()) {
            if (e instanceof Entry.ActorName a && a.actor().countryCode() != null) {
                state.contextCountries.add(a.actor().countryCode());
                state.actorCountries.add(a.actor().countryCode());
            }
            if (e instanceof Entry.GenericActor g && !g.home().isEmpty()) {
                state.peopleCountries.add(g.home());
            }
        }
    }

    /**
     * When the article names no Sahel country, the regions, districts and towns it names that exist
     * in only one Sahel country say which: "Mopti" and "Douentza" are Malian.
     */
    private void inferContextCountries(ArticleState state) {
        if (state.contextCountries.stream().anyMatch(Gazetteer::isSahel)) {
            return;
        }
        Set<String> inferred = new HashSet<>();
        for (FieldText f : state.fields) {
            for (Hit hit : state.hits(f).places()) {
                state.step();
                if (!f.isCapitalised(hit.first()) || dict.cueOnlyNames.contains(hit.key())
                        || dict.commonWords.contains(hit.key())) {
                    continue;
                }
                boolean anchorKind = hit.entries().stream().map(e -> ((Entry.PlaceName) e).place())
                        .anyMatch(p -> p.kind() == RegionKind.ADMIN1 || p.kind() == RegionKind.ADMIN2
                                || p.isMajorPlace());
                boolean situated = Cue.locativeBefore(f, hit.first())
                        || Cue.around(f, hit.first(), hit.end()) == Cue.TOWN;
                String cc = PlaceCues.onlySahelCountry(hit);
                if ((anchorKind || situated) && cc != null && !PlaceCues.isAcronym(f, hit)) {
                    inferred.add(cc); // "withdrew toward In-Ates": wells of that name are only in Niger
                }
            }
        }
        if (inferred.size() == 1) {
            state.contextCountries.addAll(inferred);
        }
    }
}
