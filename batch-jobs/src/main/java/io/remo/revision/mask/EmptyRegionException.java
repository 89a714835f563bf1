package io.remo.revision.mask;

/** A region has no pixels left, typically because its brush strokes subtracted all of it: nothing to edit. */
public class EmptyRegionException extends RuntimeException {

    private final int regionIndex;

    public EmptyRegionException(int regionIndex) {
        super("region " + (regionIndex + 1) + " has no pixels left once its brush strokes are applied");
        this.regionIndex = regionIndex;
    }

    /** 0-based, as in the payload's {@code regions[i]}. */
    public int regionIndex() {
        return regionIndex;
    }
}
