package io.remo.revision.fidelity;

/**
 * How well an edit kept to its mask. A pixel is <em>changed</em> when one of its channels moved by more than the
 * meter's threshold; it is <em>in the mask</em> when the mask's value there is at least 128.
 *
 * @param maskPixels            pixels in the mask
 * @param changedPixels         changed pixels anywhere
 * @param changedInMask         changed pixels in the mask
 * @param changedOutsideSupport changed pixels outside the mask's support (the mask dilated by the feather radius)
 * @param precision             changedInMask / changedPixels: how much of the change is where it was asked for
 *                              (1 when nothing changed)
 * @param recall                changedInMask / maskPixels: how much of the region visibly changed (0 for an empty
 *                              mask)
 * @param iou                   changedInMask / (changedPixels + maskPixels - changedInMask)
 * @param growthRatio           changedPixels / maskPixels: above 1, the change spread beyond the region
 * @param maxChangeOutsideMask  the largest channel difference of any pixel outside the support, whatever the
 *                              threshold: 0 means the base was kept byte for byte there
 */
public record FidelityMetrics(long maskPixels, long changedPixels, long changedInMask, long changedOutsideSupport,
                              double precision, double recall, double iou, double growthRatio,
                              int maxChangeOutsideMask) {
}
