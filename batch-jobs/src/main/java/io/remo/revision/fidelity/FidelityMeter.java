package io.remo.revision.fidelity;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;

/** Measures {@link FidelityMetrics} of an edited image against its base. */
public final class FidelityMeter {

    /** A channel must move by more than this to count as changed: above JPEG and sensor noise. */
    public static final int DEFAULT_THRESHOLD = 8;

    private static final int INSIDE = 128;

    private final int threshold;

    public FidelityMeter(int threshold) {
        this.threshold = threshold;
    }

    /**
     * @param mask    where the edit was asked for, 0..255 (in from 128)
     * @param support where it may show at all: outside (value 0) any change counts in {@code maxChangeOutsideMask}
     */
    public FidelityMetrics measure(RgbImage base, RgbImage result, GrayImage mask, GrayImage support) {
        requireSameSize(base, result, mask, support);
        byte[] before = base.pixels();
        byte[] after = result.pixels();
        byte[] inMask = mask.pixels();
        byte[] allowed = support.pixels();
        long maskPixels = 0;
        long changed = 0;
        long changedInMask = 0;
        long changedOutside = 0;
        int maxOutside = 0;
        for (int p = 0; p < inMask.length; p++) {
            int i = 3 * p;
            int difference = Math.max(Math.abs((before[i] & 0xFF) - (after[i] & 0xFF)),
                    Math.max(Math.abs((before[i + 1] & 0xFF) - (after[i + 1] & 0xFF)),
                            Math.abs((before[i + 2] & 0xFF) - (after[i + 2] & 0xFF))));
            boolean isChanged = difference > threshold;
            boolean isInMask = (inMask[p] & 0xFF) >= INSIDE;
            maskPixels += isInMask ? 1 : 0;
            changed += isChanged ? 1 : 0;
            changedInMask += isChanged && isInMask ? 1 : 0;
            if (allowed[p] == 0) {
                maxOutside = Math.max(maxOutside, difference);
                changedOutside += isChanged ? 1 : 0;
            }
        }
        double precision = changed == 0 ? 1 : (double) changedInMask / changed;
        double recall = maskPixels == 0 ? 0 : (double) changedInMask / maskPixels;
        long union = changed + maskPixels - changedInMask;
        double iou = union == 0 ? 0 : (double) changedInMask / union;
        double growth = maskPixels == 0 ? 0 : (double) changed / maskPixels;
        return new FidelityMetrics(maskPixels, changed, changedInMask, changedOutside, precision, recall, iou, growth,
                maxOutside);
    }

    private static void requireSameSize(RgbImage base, RgbImage result, GrayImage mask, GrayImage support) {
        if (base.width() != result.width() || base.height() != result.height() || base.width() != mask.width()
                || base.height() != mask.height() || base.width() != support.width()
                || base.height() != support.height()) {
            throw new IllegalArgumentException("base, result, mask and support must have the same size");
        }
    }
}
