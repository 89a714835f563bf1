package io.remo.revision.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.TestImages;
import io.remo.revision.mask.MaskOps;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompositorTest {

    @Test
    void keepsTheBaseWhereTheWeightIsZeroAndBlendsElsewhere() {
        RgbImage base = TestImages.noisy(64, 48, new int[] {120, 110, 100}, 30, 3);
        RgbImage edited = TestImages.noisy(64, 48, new int[] {20, 200, 240}, 30, 4);
        byte[] weights = new byte[64 * 48];
        weights[0] = (byte) 255;
        weights[1] = (byte) 128;
        weights[2] = (byte) 1;

        RgbImage out = Compositor.composite(base, edited, new GrayImage(64, 48, weights));

        for (int i = 0; i < 3; i++) {
            int b = base.pixels()[3 + i] & 0xFF;
            int e = edited.pixels()[3 + i] & 0xFF;
            assertThat(out.pixels()[i]).isEqualTo(edited.pixels()[i]);
            assertThat(out.pixels()[3 + i] & 0xFF).isEqualTo((b * 127 + e * 128 + 127) / 255);
        }
        byte[] rest = Arrays.copyOfRange(out.pixels(), 9, out.pixels().length);
        assertThat(rest).isEqualTo(Arrays.copyOfRange(base.pixels(), 9, base.pixels().length));
    }

    @Test
    void nothingOutsideTheSupportOfAFeatheredMaskChanges() {
        RgbImage base = TestImages.noisy(200, 150, new int[] {120, 110, 100}, 30, 3);
        RgbImage edited = TestImages.noisy(200, 150, new int[] {250, 5, 5}, 0, 0);
        GrayImage mask = TestImages.rectMask(200, 150, 50, 40, 120, 100);
        GrayImage blend = MaskOps.feather(mask, 8);
        GrayImage support = MaskOps.support(mask, 8);

        RgbImage out = Compositor.composite(base, edited, blend);
        FidelityMetrics metrics = new FidelityMeter(FidelityMeter.DEFAULT_THRESHOLD).measure(base, out, mask, support);

        assertThat(metrics.maxChangeOutsideMask()).isZero();
        assertThat(metrics.changedOutsideSupport()).isZero();
        assertThat(metrics.recall()).isEqualTo(1.0);
        // The feather ring changes too: at most the support's area beyond the mask.
        assertThat(metrics.changedPixels() - metrics.changedInMask()).isPositive()
                .isLessThanOrEqualTo(86L * 76 - 70 * 60);
    }
}
