package io.remo.revision.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.remo.imaging.GrayImage;
import io.remo.revision.TestImages;
import io.remo.revision.api.BrushStroke;
import io.remo.revision.api.NormalizedPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrushRasterTest {

    @Test
    void aDabIsADiscOfTheBrushDiameter() {
        // Size 100 at 1024 wide is a radius of 50 px.
        BrushStroke dab = new BrushStroke(List.of(NormalizedPoint.of(0.5, 0.5)), BrushStroke.ADD, 100.0);

        GrayImage coverage = BrushRaster.coverage(dab, 1024, 512);

        assertThat(MaskOps.area(coverage)).isCloseTo(Math.PI * 50 * 50, within(Math.PI * 50 * 50 * 0.005));
        assertThat(coverage.at(512, 256)).isEqualTo(255);
        assertThat(coverage.at(512 + 52, 256)).isZero();
    }

    @Test
    void aStrokeIsACapsuleAndScalesWithTheImage() {
        BrushStroke stroke = new BrushStroke(List.of(NormalizedPoint.of(0.2, 0.5), NormalizedPoint.of(0.6, 0.5)),
                BrushStroke.ADD, 40.0);
        double length = 0.4 * 1024;
        double expected = length * 40 + Math.PI * 20 * 20;

        assertThat(MaskOps.area(BrushRaster.coverage(stroke, 1024, 400))).isCloseTo(expected, within(expected * 0.005));
        // Twice the width: twice the radius and length.
        assertThat(MaskOps.area(BrushRaster.coverage(stroke, 2048, 400))).isCloseTo(4 * expected,
                within(4 * expected * 0.005));
    }

    @Test
    void addingChangesExactlyTheStrokedPixels() {
        GrayImage rectangle = TestImages.rectMask(400, 300, 100, 100, 200, 200);
        BrushStroke stroke = new BrushStroke(TestImages.pixelPath(400, 300, 150, 150, 300, 160, 310, 250),
                BrushStroke.ADD, 30.0);
        GrayImage coverage = BrushRaster.coverage(stroke, 400, 300);

        GrayImage result = BrushRaster.apply(rectangle, List.of(stroke));

        for (int i = 0; i < result.pixels().length; i++) {
            int expected = Math.max(rectangle.pixels()[i] & 0xFF, coverage.pixels()[i] & 0xFF);
            assertThat(result.pixels()[i] & 0xFF).isEqualTo(expected);
        }
        long grown = MaskOps.count(result, 1) - MaskOps.count(rectangle, 1);
        assertThat(grown).isPositive();
    }

    @Test
    void subtractingRemovesExactlyTheStrokedPixels() {
        GrayImage rectangle = TestImages.rectMask(400, 300, 100, 100, 200, 200);
        // 20 px wide on this 400 px image is 51.2 px at the reference width of 1024.
        BrushStroke stroke = new BrushStroke(TestImages.pixelPath(400, 300, 80, 150, 220, 150), BrushStroke.SUBTRACT,
                51.2);
        GrayImage coverage = BrushRaster.coverage(stroke, 400, 300);

        GrayImage result = BrushRaster.apply(rectangle, List.of(stroke));

        long changed = 0;
        for (int i = 0; i < result.pixels().length; i++) {
            int before = rectangle.pixels()[i] & 0xFF;
            int after = result.pixels()[i] & 0xFF;
            int c = coverage.pixels()[i] & 0xFF;
            assertThat(after).isEqualTo(Math.min(before, 255 - c));
            if (after != before) {
                changed++;
                assertThat(c).isPositive();
            }
        }
        // The stroke crosses the whole rectangle: 100 px long, 20 rows of pixel centres within its radius.
        assertThat(changed).isEqualTo(100L * 20);
        assertThat(result.at(150, 150)).isZero();
        assertThat(result.at(150, 120)).isEqualTo(255);
    }

    @Test
    void strokesApplyInOrder() {
        GrayImage empty = new GrayImage(100, 100, new byte[100 * 100]);
        BrushStroke add = new BrushStroke(TestImages.pixelPath(100, 100, 50, 50), BrushStroke.ADD, 400.0);
        BrushStroke subtract = new BrushStroke(TestImages.pixelPath(100, 100, 50, 50), BrushStroke.SUBTRACT, 200.0);

        assertThat(MaskOps.count(BrushRaster.apply(empty, List.of(add, subtract)), 1)).isPositive();
        assertThat(MaskOps.count(BrushRaster.apply(empty, List.of(subtract, add)), 255))
                .isEqualTo(MaskOps.count(BrushRaster.coverage(add, 100, 100), 255));
    }
}
