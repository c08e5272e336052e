package org.sahelwatch.tagging;

import org.sahelwatch.avro.RegionKind;

/**
 * The points {@link PlaceScoring} gives a town or village among namesakes for how often conflict
 * reporting meant it ({@link PlacePriors}): up to {@value #WEIGHT}, in proportion to its share of the
 * name's coded events, and only for a name with at least {@value #MIN_EVENTS} coded events. Less than what
 * a named country or region gives ("Koro, in Burkina Faso's Nord region" is not Mali's Koro, however often
 * Mali's is in the news), and nothing from one or two events (a village's single event does not outweigh the
 * town of the same name). Only between populated places: a region and its chief town are told apart by
 * cues, not by counts.
 */
final class PlacePriorBonus {

    /** The points of a reading that had every coded event of its name. */
    static final double WEIGHT = 10;

    /** The fewest coded events of a name for its prior to count. */
    static final int MIN_EVENTS = 3;

    private PlacePriorBonus() {
    }

    static double of(PlacePriors priors, Hit hit, Place place) {
        if (place.kind() != RegionKind.PLACE || priors.size() == 0) {
            return 0;
        }
        String key = hit.key();
        if (priors.events(key) < MIN_EVENTS) {
            return 0;
        }
        int readings = 0;
        for (Entry e : hit.entries()) {
            if (e instanceof Entry.PlaceName p && p.place().kind() == RegionKind.PLACE) {
                readings++;
            }
        }
        return readings < 2 ? 0 : WEIGHT * priors.share(key, place.id(), readings);
    }
}
