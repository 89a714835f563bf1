package io.remo.revision.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exact polygon predicates for lasso validation. Points are snapped to a grid of 2^24 steps per image side (far finer
 * than any pixel), after which every predicate is computed in integer arithmetic, without rounding: a result never
 * depends on floating-point luck, and collinear overlaps and shared vertices are decided exactly.
 */
final class PolygonGeometry {

    static final long GRID = 1L << 24;

    /** A snapped point. Coordinates stay below 2^26 (doubled, for midpoints), so products fit a long with room. */
    record Vertex(long x, long y) {
    }

    private PolygonGeometry() {
    }

    static Vertex snap(NormalizedPoint point) {
        return new Vertex(Math.round(point.x() * GRID), Math.round(point.y() * GRID));
    }

    /** The points of a lasso path without the closing repeat of the first point and without consecutive repeats. */
    static List<NormalizedPoint> distinctVertices(List<NormalizedPoint> path) {
        List<NormalizedPoint> vertices = new ArrayList<>(path.size());
        Vertex previous = null;
        for (NormalizedPoint point : path) {
            Vertex snapped = snap(point);
            if (!snapped.equals(previous)) {
                vertices.add(point);
                previous = snapped;
            }
        }
        while (vertices.size() > 1 && snap(vertices.get(0)).equals(snap(vertices.get(vertices.size() - 1)))) {
            vertices.remove(vertices.size() - 1);
        }
        return vertices;
    }

    static Vertex[] snapAll(List<NormalizedPoint> vertices) {
        return vertices.stream().map(PolygonGeometry::snap).toArray(Vertex[]::new);
    }

    /** Sign of the turn a → b → c: 1 counter-clockwise (in x-right, y-up axes), -1 clockwise, 0 collinear. */
    static int orientation(Vertex a, Vertex b, Vertex c) {
        return Long.signum((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
    }

    /** Whether c, known to be collinear with a and b, lies on the closed segment ab. */
    private static boolean withinBox(Vertex a, Vertex b, Vertex c) {
        return Math.min(a.x, b.x) <= c.x && c.x <= Math.max(a.x, b.x)
                && Math.min(a.y, b.y) <= c.y && c.y <= Math.max(a.y, b.y);
    }

    static boolean onSegment(Vertex a, Vertex b, Vertex c) {
        return orientation(a, b, c) == 0 && withinBox(a, b, c);
    }

    /** Whether the closed segments ab and cd share at least one point (crossing, touching or overlapping). */
    static boolean segmentsIntersect(Vertex a, Vertex b, Vertex c, Vertex d) {
        int o1 = orientation(a, b, c);
        int o2 = orientation(a, b, d);
        int o3 = orientation(c, d, a);
        int o4 = orientation(c, d, b);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
            return true;
        }
        // Otherwise any common point is an endpoint of one segment lying on the other.
        return (o1 == 0 && withinBox(a, b, c)) || (o2 == 0 && withinBox(a, b, d))
                || (o3 == 0 && withinBox(c, d, a)) || (o4 == 0 && withinBox(c, d, b));
    }

    /** Whether ab and cd cross at a single point inside both (no endpoint involved, not collinear). */
    static boolean properlyCross(Vertex a, Vertex b, Vertex c, Vertex d) {
        return orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0;
    }

    static boolean collinear(Vertex[] polygon) {
        for (int i = 2; i < polygon.length; i++) {
            if (orientation(polygon[0], polygon[1], polygon[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the closed polygon is simple: edges that are not neighbours share no point, and neighbours share only
     * their common vertex (the outline never doubles back along itself). Expects no consecutive repeated vertices.
     */
    static boolean isSimple(Vertex[] polygon) {
        int n = polygon.length;
        for (int i = 0; i < n; i++) {
            Vertex a = polygon[i];
            Vertex b = polygon[(i + 1) % n];
            for (int j = i + 1; j < n; j++) {
                Vertex c = polygon[j];
                Vertex d = polygon[(j + 1) % n];
                if (j == i + 1) {
                    if (doublesBack(a, b, d)) {
                        return false;
                    }
                } else if (i == 0 && j == n - 1) {
                    if (doublesBack(b, a, c)) {
                        return false;
                    }
                } else if (segmentsIntersect(a, b, c, d)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Edges p→s and s→q, which share s, overlap beyond it: q lies back along the direction s→p. */
    private static boolean doublesBack(Vertex p, Vertex s, Vertex q) {
        return orientation(p, s, q) == 0 && (p.x - s.x) * (q.x - s.x) + (p.y - s.y) * (q.y - s.y) > 0;
    }

    /** Twice the signed area, in grid units squared. */
    static long doubleArea(Vertex[] polygon) {
        long sum = 0;
        for (int i = 0; i < polygon.length; i++) {
            Vertex a = polygon[i];
            Vertex b = polygon[(i + 1) % polygon.length];
            sum += a.x * b.y - b.x * a.y;
        }
        return sum;
    }

    /** Area as a fraction of the image. */
    static double areaFraction(Vertex[] polygon) {
        return Math.abs(doubleArea(polygon)) / 2.0 / GRID / GRID;
    }

    enum Location { INSIDE, BOUNDARY, OUTSIDE }

    /** Where p lies with respect to a simple polygon (winding number, with the boundary decided exactly). */
    static Location locate(Vertex p, Vertex[] polygon) {
        int winding = 0;
        for (int i = 0; i < polygon.length; i++) {
            Vertex a = polygon[i];
            Vertex b = polygon[(i + 1) % polygon.length];
            if (onSegment(a, b, p)) {
                return Location.BOUNDARY;
            }
            if (a.y <= p.y) {
                if (b.y > p.y && orientation(a, b, p) > 0) {
                    winding++;
                }
            } else if (b.y <= p.y && orientation(a, b, p) < 0) {
                winding--;
            }
        }
        return winding == 0 ? Location.OUTSIDE : Location.INSIDE;
    }

    /**
     * Whether the interiors of two simple polygons intersect. Either two edges cross properly; or, when the outlines
     * only touch, some piece of one outline runs through the other's interior; or the outlines coincide. Pieces are
     * the edges cut at the other polygon's vertices lying on them: without proper crossings those are the only places
     * where the outlines meet, so each piece lies wholly inside, outside or on the other outline, and its midpoint
     * tells which. Coordinates are doubled so that midpoints stay on the integer grid.
     */
    static boolean interiorsOverlap(Vertex[] first, Vertex[] second) {
        for (int i = 0; i < first.length; i++) {
            for (int j = 0; j < second.length; j++) {
                Vertex firstEnd = first[(i + 1) % first.length];
                if (properlyCross(first[i], firstEnd, second[j], second[(j + 1) % second.length])) {
                    return true;
                }
            }
        }
        Vertex[] a = doubled(first);
        Vertex[] b = doubled(second);
        List<Location> piecesOfA = pieceLocations(a, b);
        if (piecesOfA.contains(Location.INSIDE) || pieceLocations(b, a).contains(Location.INSIDE)) {
            return true;
        }
        // Neither outline enters the other's interior: the interiors meet only if the outlines are the same curve.
        return piecesOfA.stream().allMatch(location -> location == Location.BOUNDARY);
    }

    private static Vertex[] doubled(Vertex[] polygon) {
        Vertex[] doubled = new Vertex[polygon.length];
        for (int i = 0; i < polygon.length; i++) {
            doubled[i] = new Vertex(2 * polygon[i].x, 2 * polygon[i].y);
        }
        return doubled;
    }

    private static List<Location> pieceLocations(Vertex[] polygon, Vertex[] other) {
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < polygon.length; i++) {
            Vertex p = polygon[i];
            Vertex q = polygon[(i + 1) % polygon.length];
            List<Vertex> cuts = new ArrayList<>();
            cuts.add(p);
            for (Vertex v : other) {
                if (!v.equals(p) && !v.equals(q) && onSegment(p, q, v)) {
                    cuts.add(v);
                }
            }
            cuts.add(q);
            cuts.sort(Comparator.comparingLong(v -> (v.x - p.x) * (q.x - p.x) + (v.y - p.y) * (q.y - p.y)));
            for (int k = 0; k + 1 < cuts.size(); k++) {
                Vertex from = cuts.get(k);
                Vertex to = cuts.get(k + 1);
                if (!from.equals(to)) {
                    locations.add(locate(new Vertex((from.x + to.x) / 2, (from.y + to.y) / 2), other));
                }
            }
        }
        return locations;
    }
}
