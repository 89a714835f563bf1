package io.remo.revision.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.TestImages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionOverlayTest {

    private static final int[] GREY = {128, 128, 128};

    private final RgbImage base = TestImages.flat(400, 300, GREY);
    private final List<GrayImage> regions = List.of(TestImages.rectMask(400, 300, 20, 20, 140, 120),
            TestImages.rectMask(400, 300, 200, 40, 380, 140), TestImages.rectMask(400, 300, 60, 180, 300, 280));

    private static int[] at(RgbImage image, int x, int y) {
        int i = 3 * (y * image.width() + x);
        return new int[] {image.pixels()[i] & 0xFF, image.pixels()[i + 1] & 0xFF, image.pixels()[i + 2] & 0xFF};
    }

    @Test
    void tintsOutlinesAndNumbersEachRegionInItsColour() {
        RgbImage overlay = RegionOverlay.render(base, regions);

        // The tint: 35 % of the region's colour over the grey, away from the label and outline.
        int[] tinted = at(overlay, 30, 100);
        int[] coral = RegionOverlay.COLOURS[0];
        for (int c = 0; c < 3; c++) {
            assertThat(tinted[c]).isCloseTo((int) Math.round(128 + 0.35 * (coral[c] - 128)),
                    within(1));
        }
        // The outline, anti-aliased, on the region's top edge.
        assertThat(closestAlongColumn(overlay, 300, 34, 46, RegionOverlay.COLOURS[1])).isLessThan(16);
        // Each label's disc, at the region's centroid, is the region's colour just off its number.
        assertThat(at(overlay, 80 - 8, 70)).containsExactly(coral);
        assertThat(at(overlay, 290 - 8, 90)).containsExactly(RegionOverlay.COLOURS[1]);
        assertThat(at(overlay, 180 - 8, 230)).containsExactly(RegionOverlay.COLOURS[2]);
        // White ink of the number at the disc's centre area.
        assertThat(countWhite(overlay, 70, 60, 90, 80)).isPositive();
        // Untouched away from the regions.
        assertThat(at(overlay, 170, 160)).containsExactly(GREY);
        assertThat(at(overlay, 395, 295)).containsExactly(GREY);
    }

    /** The smallest largest-channel difference from the colour along a column segment. */
    private static int closestAlongColumn(RgbImage image, int x, int y0, int y1, int[] rgb) {
        int best = 255;
        for (int y = y0; y <= y1; y++) {
            int[] pixel = at(image, x, y);
            best = Math.min(best, Math.max(Math.abs(pixel[0] - rgb[0]),
                    Math.max(Math.abs(pixel[1] - rgb[1]), Math.abs(pixel[2] - rgb[2]))));
        }
        return best;
    }

    private static int countWhite(RgbImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int[] pixel = at(image, x, y);
                if (pixel[0] > 240 && pixel[1] > 240 && pixel[2] > 240) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aConcaveRegionGetsItsLabelInside() {
        // An L whose bounding-box centre (100, 100) lies outside it.
        GrayImage l = new GrayImage(400, 300, new byte[400 * 300]);
        byte[] pixels = l.pixels();
        for (int y = 20; y < 180; y++) {
            for (int x = 20; x < 180; x++) {
                if (x < 60 || y > 140) {
                    pixels[y * 400 + x] = (byte) 255;
                }
            }
        }

        RgbImage overlay = RegionOverlay.render(base, List.of(l));

        assertThat(at(overlay, 100, 100)).containsExactly(GREY);
        assertThat(countOf(overlay, RegionOverlay.COLOURS[0])).isGreaterThan(200);
    }

    private static int countOf(RgbImage image, int[] rgb) {
        int count = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (Arrays.equals(at(image, x, y), rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void isRepeatableAndRefusesAFourthRegion() {
        assertThat(RegionOverlay.render(base, regions).pixels())
                .isEqualTo(RegionOverlay.render(base, regions).pixels());
        assertThatThrownBy(() -> RegionOverlay.render(base, List.of(regions.get(0), regions.get(1), regions.get(2),
                regions.get(0)))).isInstanceOf(IllegalArgumentException.class);
    }
}
