package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import org.junit.jupiter.api.Test;

class MovedRegionTest {

    private static final int WIDTH = 80;
    private static final int HEIGHT = 40;

    /** Every pixel a different colour: red is x, green is y. */
    private final RgbImage base = pattern();
    /** A 10 x 10 box at x 10..19, y 10..19: its centroid is (14.5, 14.5). */
    private final GrayImage mask = DjlEngineTest.box(WIDTH, HEIGHT, 10, 10, 20, 20);

    @Test
    void leavesTheRequestAloneWhenNothingMoves() {
        MovedRegion region = MovedRegion.of(base, mask, 1, 0, 0);

        assertThat(region.moved()).isFalse();
        assertThat(region.image()).isSameAs(base);
        assertThat(region.mask()).isSameAs(mask);
    }

    @Test
    void repositionCopiesTheContentAndRepaintsBothPlaces() {
        // A quarter of the width is 20 pixels to the right: the box lands at x 30..39.
        MovedRegion region = MovedRegion.of(base, mask, 1, 0.25, 0);

        assertThat(region.moved()).isTrue();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean original = x >= 10 && x < 20 && y >= 10 && y < 20;
                boolean moved = x >= 30 && x < 40 && y >= 10 && y < 20;
                assertThat(region.mask().at(x, y)).as("mask at %d,%d", x, y).isEqualTo(original || moved ? 255 : 0);
                int sourceX = moved ? x - 20 : x;
                assertThat(red(region.image(), x, y)).as("red at %d,%d", x, y).isEqualTo(sourceX);
                assertThat(green(region.image(), x, y)).isEqualTo(y);
            }
        }
    }

    @Test
    void resizeScalesAboutTheCentroid() {
        // Half size about 14.5: destination x takes source round(14.5 + 2 (x - 14.5)), inside 10..19 for x 12..16.
        MovedRegion region = MovedRegion.of(base, mask, 0.5, 0, 0);

        for (int x = 8; x < 22; x++) {
            int expectedSource = (int) Math.round(14.5 + 2 * (x - 14.5));
            boolean inside = x >= 12 && x <= 16;
            assertThat(red(region.image(), x, 14)).as("red at %d", x).isEqualTo(inside ? expectedSource : x);
        }
        assertThat(region.mask().pixels()).isEqualTo(mask.pixels());
    }

    private static int red(RgbImage image, int x, int y) {
        return image.pixels()[(y * image.width() + x) * 3] & 0xFF;
    }

    private static int green(RgbImage image, int x, int y) {
        return image.pixels()[(y * image.width() + x) * 3 + 1] & 0xFF;
    }

    private static RgbImage pattern() {
        byte[] pixels = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                pixels[(y * WIDTH + x) * 3] = (byte) x;
                pixels[(y * WIDTH + x) * 3 + 1] = (byte) y;
            }
        }
        return new RgbImage(WIDTH, HEIGHT, pixels);
    }
}
