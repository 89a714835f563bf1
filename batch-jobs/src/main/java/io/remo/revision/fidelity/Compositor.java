package io.remo.revision.fidelity;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;

/**
 * Keeps the promise that an edit changes nothing outside its region: wherever the blend weight is 0 the result is
 * the base, byte for byte; where it is 255, the edited image; in between, a rounded linear blend. With the weight a
 * feathered mask, which {@code MaskOps.feather} keeps inside the mask's support, nothing outside the support can
 * change, whatever the editor returned.
 */
public final class Compositor {

    private Compositor() {
    }

    public static RgbImage composite(RgbImage base, RgbImage edited, GrayImage blend) {
        if (base.width() != edited.width() || base.height() != edited.height() || base.width() != blend.width()
                || base.height() != blend.height()) {
            throw new IllegalArgumentException("base, edited image and blend weight must have the same size");
        }
        byte[] before = base.pixels();
        byte[] after = edited.pixels();
        byte[] weights = blend.pixels();
        byte[] out = before.clone();
        for (int p = 0; p < weights.length; p++) {
            int weight = weights[p] & 0xFF;
            if (weight == 0) {
                continue;
            }
            for (int i = 3 * p; i < 3 * p + 3; i++) {
                out[i] = weight == 255 ? after[i]
                        : (byte) (((before[i] & 0xFF) * (255 - weight) + (after[i] & 0xFF) * weight + 127) / 255);
            }
        }
        return new RgbImage(base.width(), base.height(), out);
    }
}
