package io.remo.revision.api;

/** A move on the image as fractions of its width (x) and height (y), each from -1 to 1; positive is right and down. */
public record NormalizedOffset(Double x, Double y) {

    public static NormalizedOffset of(double x, double y) {
        return new NormalizedOffset(x, y);
    }
}
