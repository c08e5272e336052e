package org.sahelwatch.tagging;

import java.util.List;
import java.util.Objects;
import org.sahelwatch.avro.RegionKind;

/**
 * A gazetteer entry: a country, an admin1 or admin2 region, or a populated place.
 *
 * @param population 0 when unknown
 * @param featureCode GeoNames feature code (PCLI, ADM1, PPLA, PPL …)
 */
public record Place(String id, RegionKind kind, String name, String countryCode, String admin1,
                    String admin2, Double latitude, Double longitude, long population, String featureCode,
                    List<String> aliases, List<String> demonyms) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        featureCode = featureCode == null ? "" : featureCode;
    }

    /** Specificity rank: a place is more specific than an admin2, than an admin1, than a country or a natural feature. */
    public int specificity() {
        return specificity(kind);
    }

    /** Country and natural feature 0, admin1 1, admin2 2, populated place 3. */
    public static int specificity(RegionKind kind) {
        return switch (kind) {
            case COUNTRY, FEATURE -> 0;
            case ADMIN1 -> 1;
            case ADMIN2 -> 2;
            case PLACE -> 3;
        };
    }

    /** A capital, a regional or district seat, or a town of 10,000 or more. */
    public boolean isMajorPlace() {
        return kind == RegionKind.PLACE && (featureCode.equals("PPLC") || featureCode.equals("PPLA")
                || featureCode.equals("PPLA2") || population >= 10_000);
    }

    /** The feature code of a place learned from ACLED's coded events (config/gazetteer/places-acled.tsv). */
    public static final String LEARNED_CODE = "ACLED";

    /**
     * A place learned from ACLED's coded events, not from a gazetteer: its name is the spelling ACLED used most
     * for it, no authority's name.
     */
    public boolean isLearned() {
        return LEARNED_CODE.equals(featureCode);
    }

    private static final java.util.Set<String> LOCALITY_CODES = java.util.Set.of("WLL", "WLLS", "WTRH", "LCTY", "CMP", "OAS", "TREE");

    /**
     * A locality GeoNames does not class as a populated place: a well or waterhole, a named locality, a camp, an
     * oasis, a landmark tree. Events happen there ("the well of Djebok"), but a populated place of
     * the same name is always the likelier reading.
     */
    public boolean isLocality() {
        return kind == RegionKind.PLACE && LOCALITY_CODES.contains(featureCode);
    }

    /** An admin seat: capital (PPLC) or regional capital (PPLA). */
    public boolean isRegionalCapital() {
        return featureCode.equals("PPLC") || featureCode.equals("PPLA");
    }
}
