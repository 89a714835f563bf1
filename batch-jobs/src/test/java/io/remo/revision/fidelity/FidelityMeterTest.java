package io.remo.revision.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.TestImages;
import org.junit.jupiter.api.Test;

class FidelityMeterTest {

    private static final int[] GREY = {100, 100, 100};

    private final FidelityMeter meter = new FidelityMeter(FidelityMeter.DEFAULT_THRESHOLD);
    private final RgbImage base = TestImages.flat(100, 100, GREY);
    /** 40 x 40 = 1600 pixels. */
    private final GrayImage mask = TestImages.rectMask(100, 100, 30, 30, 70, 70);
    private final GrayImage support = TestImages.rectMask(100, 100, 25, 25, 75, 75);

    @Test
    void aPerfectEditScoresOne() {
        RgbImage result = TestImages.withRect(base, 30, 30, 70, 70, new int[] {200, 100, 100});

        FidelityMetrics metrics = meter.measure(base, result, mask, support);

        assertThat(metrics).isEqualTo(new FidelityMetrics(1600, 1600, 1600, 0, 1, 1, 1, 1, 0));
    }

    @Test
    void aChangeHalfOutsideTheMask() {
        // 40 x 40 changed, shifted 20 px right: 800 inside the mask, 800 outside; 20 x 40 of those beyond x = 75.
        RgbImage result = TestImages.withRect(base, 50, 30, 90, 70, new int[] {100, 130, 100});

        FidelityMetrics metrics = meter.measure(base, result, mask, support);

        assertThat(metrics.maskPixels()).isEqualTo(1600);
        assertThat(metrics.changedPixels()).isEqualTo(1600);
        assertThat(metrics.changedInMask()).isEqualTo(800);
        assertThat(metrics.changedOutsideSupport()).isEqualTo(15 * 40);
        assertThat(metrics.precision()).isEqualTo(0.5);
        assertThat(metrics.recall()).isEqualTo(0.5);
        assertThat(metrics.iou()).isCloseTo(800.0 / 2400, within(1e-12));
        assertThat(metrics.growthRatio()).isEqualTo(1.0);
        assertThat(metrics.maxChangeOutsideMask()).isEqualTo(30);
    }

    @Test
    void changesAtTheThresholdDoNotCountButStillShowOutside() {
        RgbImage faint = TestImages.withRect(base, 0, 0, 100, 100, new int[] {108, 92, 100});

        FidelityMetrics metrics = meter.measure(base, faint, mask, support);

        assertThat(metrics.changedPixels()).isZero();
        assertThat(metrics.precision()).isEqualTo(1.0);
        assertThat(metrics.recall()).isZero();
        assertThat(metrics.maxChangeOutsideMask()).isEqualTo(8);
        assertThat(new FidelityMeter(7).measure(base, faint, mask, support).changedPixels()).isEqualTo(100 * 100);
    }

    @Test
    void aSmallEditInsideTheMask() {
        RgbImage result = TestImages.withRect(base, 40, 40, 50, 50, new int[] {0, 0, 0});

        FidelityMetrics metrics = meter.measure(base, result, mask, support);

        assertThat(metrics.precision()).isEqualTo(1.0);
        assertThat(metrics.recall()).isEqualTo(100.0 / 1600);
        assertThat(metrics.iou()).isEqualTo(100.0 / 1600);
        assertThat(metrics.growthRatio()).isEqualTo(100.0 / 1600);
        assertThat(metrics.maxChangeOutsideMask()).isZero();
    }
}
