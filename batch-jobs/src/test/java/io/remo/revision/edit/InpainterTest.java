package io.remo.revision.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.remo.imaging.RgbImage;
import io.remo.revision.TestImages;
import io.remo.revision.cv.Mats;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InpainterTest {

    /** A horizontal gradient from dark to light: the fill must continue it. */
    private static RgbImage gradient(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int value = 40 + 160 * x / (width - 1);
                int i = 3 * (y * width + x);
                pixels[i] = (byte) value;
                pixels[i + 1] = (byte) value;
                pixels[i + 2] = (byte) (value / 2);
            }
        }
        return new RgbImage(width, height, pixels);
    }

    /** Side of a square hole: shallow (filled at full resolution) and deep (filled coarse). */
    @ParameterizedTest
    @ValueSource(ints = {10, 120})
    void fillsAHoleFromItsSurroundingsAndLeavesTheRest(int side) {
        RgbImage image = gradient(300, 200);
        int x0 = 150 - side / 2;
        int y0 = 100 - side / 2;
        RgbImage damaged = TestImages.withRect(image, x0, y0, x0 + side, y0 + side, new int[] {255, 0, 255});
        RgbImage filled;
        try (PointerScope scope = new PointerScope()) {
            Mat hole = Mats.gray(TestImages.rectMask(300, 200, x0, y0, x0 + side, y0 + side));
            filled = Mats.toRgb(Inpainter.fill(Mats.rgb(damaged), hole, 1));
        }

        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                int i = 3 * (y * 300 + x);
                boolean inHole = x >= x0 && x < x0 + side && y >= y0 && y < y0 + side;
                if (inHole) {
                    // The gradient's value here, give or take the smoothing of a fill.
                    assertThat(filled.pixels()[i + 1] & 0xFF).isCloseTo(image.pixels()[i + 1] & 0xFF, within(30));
                    assertThat(filled.pixels()[i + 2] & 0xFF).isLessThan(140);
                } else {
                    assertThat(filled.pixels()[i]).isEqualTo(damaged.pixels()[i]);
                }
            }
        }
    }
}
