package org.sahelwatch.eval;

/** Great-circle distances. */
public final class Geo {

    /** Mean Earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    /** Haversine distance in km between two points given in decimal degrees. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** True when both points are known and at most {@code km} apart. */
    public static boolean within(Double lat1, Double lon1, Double lat2, Double lon2, double km) {
        return lat1 != null && lon1 != null && lat2 != null && lon2 != null
                && haversineKm(lat1, lon1, lat2, lon2) <= km;
    }
}
