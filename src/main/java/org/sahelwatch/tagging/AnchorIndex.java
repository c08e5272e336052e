package org.sahelwatch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors of an article (the towns and regions it names, with coordinates) in a k-d tree over
 * points on the unit sphere, so that the nearest anchor to a reading is found in logarithmic time
 * rather than by measuring every anchor. The straight-line (chord) distance between two points of the
 * sphere rises with their great-circle distance, so the tree finds the nearest by chord; the few
 * anchors within a hair of that chord are then measured with {@link Geo#distanceKm}, exactly as
 * {@link PlaceScoring} always measured, and the least distance is returned. Built once per article,
 * after the place context; single-threaded like the rest of the state.
 */
final class AnchorIndex {

    /** Chords closer than this to the least are measured too: rounding cannot reorder points further apart. */
    private static final double CHORD_SLACK = 1e-9;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** One distinct anchor point, with where the article names it (two places are enough to tell "elsewhere"). */
    private record Point(double latitude, double longitude, double[] xyz, ArticleState.TokenAt namedAt,
                         boolean namedTwice) {

        boolean namedElsewhereThan(FieldText f, int token) {
            return namedTwice || namedAt.field() != f || namedAt.token() != token;
        }
    }

    /** The points in k-d order: the middle of each range splits it on axis depth % 3. */
    private final Point[] tree;

    private AnchorIndex(Point[] tree) {
        this.tree = tree;
    }

    static AnchorIndex of(List<ArticleState.Anchor> anchors) {
        Map<List<Double>, Point> distinct = new LinkedHashMap<>();
        for (ArticleState.Anchor a : anchors) {
            ArticleState.TokenAt at = new ArticleState.TokenAt(a.hit().field(), a.hit().first());
            distinct.merge(List.of(a.latitude(), a.longitude()),
                    new Point(a.latitude(), a.longitude(), unitVector(a.latitude(), a.longitude()), at, false),
                    (old, next) -> old.namedTwice() || old.namedAt().equals(at) ? old
                            : new Point(old.latitude(), old.longitude(), old.xyz(), old.namedAt(), true));
        }
        Point[] points = distinct.values().toArray(new Point[0]);
        build(points, 0, points.length, 0);
        return new AnchorIndex(points);
    }

    /**
     * The great-circle distance in km from (latitude, longitude) to the nearest anchor named elsewhere
     * than at token {@code token} of field {@code f}, or infinity when none lies within {@code limitKm}.
     */
    double nearestKm(double latitude, double longitude, FieldText f, int token, double limitKm) {
        f.step();
        double[] q = unitVector(latitude, longitude);
        double limit = 2 * Math.sin(Math.min(Math.PI / 2, limitKm / (2 * EARTH_RADIUS_KM))) + CHORD_SLACK;
        double[] best = {limit * limit};
        nearest(0, tree.length, 0, q, f, token, best);
        if (best[0] >= limit * limit) {
            return Double.POSITIVE_INFINITY;
        }
        double within = Math.sqrt(best[0]) + CHORD_SLACK;
        List<Point> closest = new ArrayList<>();
        collect(0, tree.length, 0, q, within * within, f, token, closest);
        double km = Double.POSITIVE_INFINITY;
        for (Point p : closest) {
            km = Math.min(km, Geo.distanceKm(latitude, longitude, p.latitude(), p.longitude()));
        }
        return km;
    }

    private void nearest(int lo, int hi, int depth, double[] q, FieldText f, int token, double[] best) {
        if (lo >= hi) {
            return;
        }
        f.step();
        int mid = (lo + hi) >>> 1;
        Point p = tree[mid];
        double d = squaredChord(p.xyz(), q);
        if (d < best[0] && p.namedElsewhereThan(f, token)) {
            best[0] = d;
        }
        int axis = depth % 3;
        double side = q[axis] - p.xyz()[axis];
        boolean left = side < 0;
        nearest(left ? lo : mid + 1, left ? mid : hi, depth + 1, q, f, token, best);
        if (side * side < best[0]) {
            nearest(left ? mid + 1 : lo, left ? hi : mid, depth + 1, q, f, token, best);
        }
    }

    private void collect(int lo, int hi, int depth, double[] q, double radius2, FieldText f, int token,
                         List<Point> out) {
        if (lo >= hi) {
            return;
        }
        f.step();
        int mid = (lo + hi) >>> 1;
        Point p = tree[mid];
        if (squaredChord(p.xyz(), q) <= radius2 && p.namedElsewhereThan(f, token)) {
            out.add(p);
        }
        int axis = depth % 3;
        double side = q[axis] - p.xyz()[axis];
        if (side < 0 || side * side <= radius2) {
            collect(lo, mid, depth + 1, q, radius2, f, token, out);
        }
        if (side >= 0 || side * side <= radius2) {
            collect(mid + 1, hi, depth + 1, q, radius2, f, token, out);
        }
    }

    /** Orders points[lo, hi) so that its middle splits it on axis depth % 3, recursively. */
    private static void build(Point[] points, int lo, int hi, int depth) {
        if (hi - lo <= 1) {
            return;
        }
        int axis = depth % 3;
        Arrays.sort(points, lo, hi, (a, b) -> Double.compare(a.xyz()[axis], b.xyz()[axis]));
        int mid = (lo + hi) >>> 1;
        build(points, lo, mid, depth + 1);
        build(points, mid + 1, hi, depth + 1);
    }

    private static double[] unitVector(double latitude, double longitude) {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    private static double squaredChord(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return dx * dx + dy * dy + dz * dz;
    }
}
