package io.remo.revision.mask;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.imaging.GrayImage;
import io.remo.revision.TestImages;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskOpsTest {

    private final GrayImage square = TestImages.rectMask(200, 200, 60, 60, 140, 140);

    @Test
    void supportIsTheMaskDilatedByTheRadius() {
        GrayImage support = MaskOps.support(square, 6);

        assertThat(MaskOps.count(support, 255)).isEqualTo(92L * 92);
        assertThat(support.at(54, 54)).isEqualTo(255);
        assertThat(support.at(53, 100)).isZero();
    }

    @Test
    void featheringFadesOutsideTheMaskAndStopsAtTheRadius() {
        int radius = 6;
        GrayImage feathered = MaskOps.feather(square, radius);
        GrayImage support = MaskOps.support(square, radius);

        for (int i = 0; i < feathered.pixels().length; i++) {
            if (support.pixels()[i] == 0) {
                assertThat(feathered.pixels()[i]).isZero();
            }
        }
        // Along a row from the centre outwards: full inside, then never rising, zero past the radius.
        int previous = 255;
        for (int x = 100; x < 200; x++) {
            int value = feathered.at(x, 100);
            assertThat(value).isLessThanOrEqualTo(previous);
            previous = value;
        }
        assertThat(feathered.at(100, 100)).isEqualTo(255);
        assertThat(feathered.at(139, 100)).isGreaterThanOrEqualTo(247);
        assertThat(feathered.at(141, 100)).isBetween(1, 254);
        assertThat(feathered.at(140 + radius, 100)).isZero();
    }

    @Test
    void aWiderFeatherReachesFurther() {
        GrayImage narrow = MaskOps.feather(square, 4);
        GrayImage wide = MaskOps.feather(square, 10);

        for (int i = 0; i < narrow.pixels().length; i++) {
            if (square.pixels()[i] == 0) {
                assertThat(wide.pixels()[i] & 0xFF).isGreaterThanOrEqualTo(narrow.pixels()[i] & 0xFF);
            }
        }
        assertThat(MaskOps.count(wide, 1)).isGreaterThan(MaskOps.count(narrow, 1));
    }

    @Test
    void unionIsThePixelwiseMaximum() {
        GrayImage other = TestImages.rectMask(200, 200, 120, 120, 180, 180);

        GrayImage union = MaskOps.union(List.of(square, other));

        assertThat(MaskOps.count(union, 255)).isEqualTo(80L * 80 + 60 * 60 - 20 * 20);
    }
}
