package io.remo.pipeline.engine.classical;

/** A straight image segment between two end points, in pixels. */
record LineSegment(double x1, double y1, double x2, double y2) {

    double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    /** Undirected orientation against the image's horizontal, 0 .. 90 degrees. */
    double slopeDegrees() {
        double degrees = Math.toDegrees(Math.atan2(Math.abs(y2 - y1), Math.abs(x2 - x1)));
        return Math.min(degrees, 90);
    }

    double midX() {
        return (x1 + x2) / 2;
    }

    double midY() {
        return (y1 + y2) / 2;
    }

    /** Sine of the angle between this segment's line and the direction from its middle to (x, y). */
    double sinAngleTo(double x, double y) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double tx = x - midX();
        double ty = y - midY();
        double norms = Math.hypot(dx, dy) * Math.hypot(tx, ty);
        return norms == 0 ? 1 : Math.abs(dx * ty - dy * tx) / norms;
    }

    LineSegment scaled(double factor) {
        return new LineSegment(x1 * factor, y1 * factor, x2 * factor, y2 * factor);
    }
}
