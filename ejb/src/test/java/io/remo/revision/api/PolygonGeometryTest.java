package io.remo.revision.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.revision.api.PolygonGeometry.Location;
import io.remo.revision.api.PolygonGeometry.Vertex;
import org.junit.jupiter.api.Test;

class PolygonGeometryTest {

    private static Vertex v(long x, long y) {
        return new Vertex(x, y);
    }

    private static Vertex[] poly(long... xy) {
        Vertex[] vertices = new Vertex[xy.length / 2];
        for (int i = 0; i < vertices.length; i++) {
            vertices[i] = v(xy[2 * i], xy[2 * i + 1]);
        }
        return vertices;
    }

    @Test
    void segmentsCrossTouchOverlapOrMiss() {
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 4), v(0, 4), v(4, 0))).isTrue();
        assertThat(PolygonGeometry.properlyCross(v(0, 0), v(4, 4), v(0, 4), v(4, 0))).isTrue();
        // T-junction: an endpoint on the other segment.
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 0), v(2, 0), v(2, 3))).isTrue();
        assertThat(PolygonGeometry.properlyCross(v(0, 0), v(4, 0), v(2, 0), v(2, 3))).isFalse();
        // Shared endpoint.
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 0), v(4, 0), v(4, 3))).isTrue();
        // Collinear: overlapping, touching end to end, disjoint.
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 0), v(2, 0), v(6, 0))).isTrue();
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 0), v(4, 0), v(6, 0))).isTrue();
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 0), v(5, 0), v(6, 0))).isFalse();
        // On the line of the other segment but beyond its end.
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 0), v(5, 0), v(5, 3))).isFalse();
        // Parallel.
        assertThat(PolygonGeometry.segmentsIntersect(v(0, 0), v(4, 0), v(0, 1), v(4, 1))).isFalse();
    }

    @Test
    void simplePolygonsAndTheWaysToFailIt() {
        assertThat(PolygonGeometry.isSimple(poly(0, 0, 4, 0, 4, 4, 0, 4))).isTrue();
        assertThat(PolygonGeometry.isSimple(poly(0, 0, 4, 0, 2, 3))).isTrue();
        // Concave L.
        assertThat(PolygonGeometry.isSimple(poly(0, 0, 4, 0, 4, 2, 2, 2, 2, 4, 0, 4))).isTrue();
        // Bow tie: two edges cross.
        assertThat(PolygonGeometry.isSimple(poly(0, 0, 4, 4, 4, 0, 0, 4))).isFalse();
        // Pinched: a vertex visited twice.
        assertThat(PolygonGeometry.isSimple(poly(0, 0, 2, 2, 4, 0, 4, 4, 2, 2, 0, 4))).isFalse();
        // A vertex touching a non-adjacent edge.
        assertThat(PolygonGeometry.isSimple(poly(0, 0, 4, 0, 4, 4, 2, 0, 0, 4))).isFalse();
        // Spike: the outline doubles back along itself.
        assertThat(PolygonGeometry.isSimple(poly(0, 0, 4, 0, 6, 0, 5, 0, 4, 4))).isFalse();
        // Doubling back across the closing vertex.
        assertThat(PolygonGeometry.isSimple(poly(2, 0, 4, 4, 0, 4, 4, 0))).isFalse();
    }

    @Test
    void areaIsExact() {
        assertThat(PolygonGeometry.doubleArea(poly(0, 0, 4, 0, 4, 4, 0, 4))).isEqualTo(32);
        assertThat(PolygonGeometry.doubleArea(poly(0, 0, 0, 4, 4, 4, 4, 0))).isEqualTo(-32);
        long half = PolygonGeometry.GRID / 2;
        assertThat(PolygonGeometry.areaFraction(poly(0, 0, half, 0, half, half, 0, half))).isEqualTo(0.25);
    }

    @Test
    void locatesPointsInsideOnTheBoundaryAndOutside() {
        Vertex[] l = poly(0, 0, 4, 0, 4, 2, 2, 2, 2, 4, 0, 4);
        assertThat(PolygonGeometry.locate(v(1, 1), l)).isEqualTo(Location.INSIDE);
        assertThat(PolygonGeometry.locate(v(1, 3), l)).isEqualTo(Location.INSIDE);
        assertThat(PolygonGeometry.locate(v(3, 3), l)).isEqualTo(Location.OUTSIDE);
        assertThat(PolygonGeometry.locate(v(3, 2), l)).isEqualTo(Location.BOUNDARY);
        assertThat(PolygonGeometry.locate(v(2, 2), l)).isEqualTo(Location.BOUNDARY);
        assertThat(PolygonGeometry.locate(v(0, 4), l)).isEqualTo(Location.BOUNDARY);
        // On the horizontal line of a vertex, outside.
        assertThat(PolygonGeometry.locate(v(5, 2), l)).isEqualTo(Location.OUTSIDE);
        assertThat(PolygonGeometry.locate(v(-1, 2), l)).isEqualTo(Location.OUTSIDE);
    }

    @Test
    void overlapOfInteriors() {
        Vertex[] square = poly(0, 0, 4, 0, 4, 4, 0, 4);
        // Crossing edges.
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(2, 2, 6, 2, 6, 6, 2, 6))).isTrue();
        // One inside the other, boundaries apart; both orders.
        Vertex[] inner = poly(1, 1, 3, 1, 3, 3, 1, 3);
        assertThat(PolygonGeometry.interiorsOverlap(square, inner)).isTrue();
        assertThat(PolygonGeometry.interiorsOverlap(inner, square)).isTrue();
        // Inside, sharing part of an edge.
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(0, 0, 2, 0, 2, 2, 0, 2))).isTrue();
        // Identical outlines, and the same outline with extra collinear vertices.
        assertThat(PolygonGeometry.interiorsOverlap(square, square)).isTrue();
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(0, 0, 2, 0, 4, 0, 4, 4, 0, 4))).isTrue();
        // Neighbours sharing a whole edge, part of an edge, or one vertex: no overlap.
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(4, 0, 8, 0, 8, 4, 4, 4))).isFalse();
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(4, 1, 8, 1, 8, 3, 4, 3))).isFalse();
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(4, 4, 8, 4, 8, 8, 4, 8))).isFalse();
        // A triangle whose apex touches the square's edge from outside.
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(2, 4, 6, 8, -2, 8))).isFalse();
        // Apart.
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(5, 5, 8, 5, 8, 8))).isFalse();
        // A triangle inside the square, standing on its right edge: no proper crossing, no vertex strictly inside.
        assertThat(PolygonGeometry.interiorsOverlap(square, poly(4, 0, 4, 4, 2, 2))).isTrue();
        // Concave L and a square filling its notch exactly: touching along two edges, interiors apart.
        Vertex[] l = poly(0, 0, 4, 0, 4, 2, 2, 2, 2, 4, 0, 4);
        assertThat(PolygonGeometry.interiorsOverlap(l, poly(2, 2, 4, 2, 4, 4, 2, 4))).isFalse();
        assertThat(PolygonGeometry.interiorsOverlap(l, poly(2, 2, 5, 2, 5, 5, 2, 5))).isFalse();
        assertThat(PolygonGeometry.interiorsOverlap(l, poly(1, 1, 5, 1, 5, 5, 1, 5))).isTrue();
    }

    @Test
    void distinctVerticesDropTheClosingPointAndRepeats() {
        var path = java.util.List.of(NormalizedPoint.of(0.1, 0.1), NormalizedPoint.of(0.5, 0.1),
                NormalizedPoint.of(0.5, 0.1), NormalizedPoint.of(0.5, 0.5), NormalizedPoint.of(0.1, 0.1));
        assertThat(PolygonGeometry.distinctVertices(path)).containsExactly(NormalizedPoint.of(0.1, 0.1),
                NormalizedPoint.of(0.5, 0.1), NormalizedPoint.of(0.5, 0.5));
    }
}
