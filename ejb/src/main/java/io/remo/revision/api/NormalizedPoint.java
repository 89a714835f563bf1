package io.remo.revision.api;

/**
 * A point on the image in normalized coordinates: x from 0 (left) to 1 (right), y from 0 (top) to 1 (bottom).
 * The components are boxed so that a coordinate missing from the JSON reads as null and is refused, rather than
 * silently becoming 0.
 */
public record NormalizedPoint(Double x, Double y) {

    public static NormalizedPoint of(double x, double y) {
        return new NormalizedPoint(x, y);
    }
}
