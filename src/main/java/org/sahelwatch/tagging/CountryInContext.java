package org.sahelwatch.tagging;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/**
 * The country a generic actor, an organisation or an implied party belongs to: that of the most
 * specific place its sentence names (not a demonym that only says whose an actor is: "Guinean
 * peacekeepers"), else the article's main country. Questions on the resolved places only.
 */
final class CountryInContext {

    private CountryInContext() {
    }

    /** The country of the most specific place in the sentence, else the article's main country. */
    static String of(ArticleState state, FieldText f, int sentence) {
        RegionTag best = null;
        for (PlaceMention pm : state.placeMentions.inSentence(f, sentence)) {
            state.step();
            if (!qualifyingDemonyms(state, f).contains(pm.token())) {
                RegionTag tag = state.regions.get(pm.placeId());
                if (best == null || rank(tag) > rank(best)) {
                    best = tag;
                }
            }
        }
        return best != null ? best.getCountryCode() : ofArticle(state);
    }

    /** The country named most often (Sahel countries first), counting places in it; computed once per article. */
    static String ofArticle(ArticleState state) {
        if (state.mainCountry == null) {
            state.mainCountry = Optional.ofNullable(mainCountry(state));
        }
        return state.mainCountry.orElse(null);
    }

    private static String mainCountry(ArticleState state) {
        Map<String, Integer> counts = new HashMap<>();
        for (PlaceMention pm : state.placeMentions) {
            state.step();
            RegionTag tag = state.regions.get(pm.placeId());
            counts.merge(tag.getCountryCode(), Gazetteer.isSahel(tag.getCountryCode()) ? 100 : 1, Integer::sum);
        }
        String named = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
        if (named != null) {
            return named;
        }
        // no place named: the one Sahel country of the named actors and demonyms ("GATIA militiamen")
        List<String> sahel = state.contextCountries.stream().filter(Gazetteer::isSahel).sorted().toList();
        return sahel.size() == 1 ? sahel.get(0) : null;
    }

    /** How much a region says where something happened: Sahel places before others, the more specific first. */
    static int rank(RegionTag tag) {
        return (Gazetteer.isSahel(tag.getCountryCode()) && tag.getKind() != RegionKind.FEATURE ? 10 : 0)
                + Place.specificity(tag.getKind());
    }

    /** The hit is a country's demonym: "Malian", "nigérienne". */
    static boolean isCountryDemonym(Hit p) {
        return p.entries().stream().anyMatch(e -> e instanceof Entry.PlaceName pn && pn.demonym()
                && pn.place().kind() == RegionKind.COUNTRY);
    }

    /**
     * The tokens where a country demonym qualifies a generic actor phrase, before it or (in French) after it
     * ("Guinean peacekeepers", "casques bleus guinéens"), or is part of a foreign force's name ("the French
     * forces"): such a demonym tells whose the actor is, not where the event took place. Computed once per field.
     */
    private static Set<Integer> qualifyingDemonyms(ArticleState state, FieldText f) {
        return state.qualifyingDemonyms.computeIfAbsent(f, field -> {
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            for (Hit a : state.hits(field).actors()) {
                state.step();
                if (a.entries().get(0) instanceof Entry.GenericActor) {
                    starts.add(a.first());
                    ends.add(a.end());
                }
            }
            Set<Integer> tokens = new HashSet<>();
            for (Hit p : state.hits(field).places()) {
                state.step();
                if (isCountryDemonym(p) && (starts.contains(p.end()) || ends.contains(p.first()))) {
                    tokens.add(p.first());
                }
                // "the French forces": a foreign force's nationality says whose it is, not where it fights
                Hit a = FieldHits.covering(state.hits(field).actors(), p);
                if (isCountryDemonym(p) && a != null && a.entries().get(0) instanceof Entry.ActorName n
                        && n.actor().category() == ActorCategory.EXTERNAL_FORCES) {
                    tokens.add(p.first());
                }
            }
            return tokens;
        });
    }
}
