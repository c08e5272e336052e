package org.sahelwatch.tagging;

import java.util.List;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/**
 * Tagging stage, the regions an article implies without naming them: a town's cercle, region and
 * country, a region's country; and, when it names no place at all, the one Sahel country of the
 * actors it names ("GATIA militiamen abducted two men" happened in Mali). Implied regions are
 * marked {@code implied} and never count as mentions.
 */
final class ImpliedRegions {

    private final Gazetteer gazetteer;

    ImpliedRegions(TaggingDictionary dict) {
        this.gazetteer = dict.gazetteer;
    }

    /** Adds the implied regions to the state's regions. */
    void imply(ArticleState state) {
        addImpliedParents(state);
        implyCountryOfActors(state);
    }

    private void addImpliedParents(ArticleState state) {
        for (RegionTag tag : List.copyOf(state.regions.values())) {
            state.step();
            if (tag.getImplied() || !impliesParents(tag)) {
                continue;
            }
            String cc = tag.getCountryCode();
            if (tag.getKind() == RegionKind.PLACE) {
                gazetteer.admin2(cc, tag.getAdmin1(), tag.getAdmin2()).ifPresent(p -> imply(state, p, tag.getConfidence()));
            }
            if (tag.getKind() == RegionKind.PLACE || tag.getKind() == RegionKind.ADMIN2) {
                gazetteer.admin1(cc, tag.getAdmin1()).ifPresent(p -> imply(state, p, tag.getConfidence()));
            }
            if (tag.getKind() != RegionKind.COUNTRY) {
                gazetteer.country(cc).ifPresent(p -> imply(state, p, tag.getConfidence()));
            }
        }
    }

    /**
     * An article that names no place but names actors of one Sahel country ("GATIA militiamen
     * abducted two men") happened in that country: it is implied, at low confidence.
     */
    private void implyCountryOfActors(ArticleState state) {
        if (!state.regions.isEmpty()) {
            return;
        }
        List<String> sahel = state.actorCountries.stream().filter(Gazetteer::isSahel).sorted().toList();
        if (sahel.size() == 1) {
            gazetteer.country(sahel.get(0)).ifPresent(p -> imply(state, p, 0.4));
        }
    }

    /** A river or a lake shared by several countries implies none; a delta or floodplain implies its country. */
    private boolean impliesParents(RegionTag tag) {
        if (tag.getKind() != RegionKind.FEATURE) {
            return true;
        }
        String code = gazetteer.byId(tag.getPlaceId()).map(Place::featureCode).orElse("");
        return code.equals("DLTA") || code.equals("INLND");
    }

    private void imply(ArticleState state, Place place, double confidence) {
        RegionTag existing = state.regions.get(place.id());
        if (existing == null) {
            state.regions.put(place.id(), PlaceResolver.regionTag(gazetteer, place, confidence, true));
        } else if (existing.getImplied()) {
            existing.setConfidence(Math.max(existing.getConfidence(), confidence));
        }
    }
}
