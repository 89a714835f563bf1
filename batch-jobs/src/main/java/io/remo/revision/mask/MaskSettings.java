package io.remo.revision.mask;

/**
 * How region masks are made. Lengths are in pixels of the image scaled to 1024 pixels wide, so that a revision looks
 * the same at every resolution.
 *
 * @param featherRadius     how far outside the region an edit fades out; also how far the protected zone is dilated
 * @param refineMargin      how far outside the lasso the object refinement may reach
 * @param refineBand        width of the band beyond that margin that the refinement learns the background from
 * @param refineIterations  grabCut iterations
 * @param refineMaxSide     the refinement works on the region scaled down to at most this many pixels on its long
 *                          side (actual pixels), which bounds its time
 * @param refineMinKeep     a refinement that keeps less than this fraction of the lasso's area is discarded as
 *                          failed; low, because a loose lasso around a thin object (a floor lamp) rightly keeps
 *                          little of its area
 * @param refineMinPixels   lassos smaller than this (actual pixels) are kept as drawn
 */
public record MaskSettings(double featherRadius, double refineMargin, double refineBand, int refineIterations,
                           int refineMaxSide, double refineMinKeep, int refineMinPixels) {

    public static final MaskSettings DEFAULT = new MaskSettings(6, 12, 16, 3, 320, 0.05, 256);

    /** A length of these settings in pixels of an image {@code width} pixels wide; at least 1. */
    public static int pixels(double length, int width) {
        return Math.max(1, (int) Math.round(length * width / BrushRaster.REFERENCE_WIDTH));
    }
}
