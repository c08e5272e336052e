package org.sahelwatch.tagging;

import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/** Relations between region tags. */
public final class Regions {

    private Regions() {
    }

    /** Whether region {@code outer} contains region {@code inner} (a country its towns, a region its cercles). */
    public static boolean contains(RegionTag outer, RegionTag inner) {
        if (!outer.getCountryCode().equals(inner.getCountryCode()) || inner.getKind() == RegionKind.FEATURE
                || Place.specificity(outer.getKind()) >= Place.specificity(inner.getKind())) {
            return false;
        }
        return switch (outer.getKind()) {
            case COUNTRY -> true;
            case ADMIN1 -> outer.getName().equals(inner.getAdmin1());
            case ADMIN2 -> outer.getName().equals(inner.getAdmin2());
            case PLACE, FEATURE -> false;
        };
    }

    /** The same place, or one inside the other: two accounts that may describe one event. */
    public static boolean overlap(RegionTag a, RegionTag b) {
        return a.getPlaceId().equals(b.getPlaceId()) || contains(a, b) || contains(b, a);
    }
}
