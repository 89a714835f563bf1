package io.remo.revision.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.remo.imaging.GrayImage;
import io.remo.revision.TestImages;
import io.remo.revision.api.NormalizedPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonRasterTest {

    @Test
    void anAxisAlignedRectangleOnWholePixelsCoversExactlyItsPixels() {
        GrayImage mask = PolygonRaster.fill(TestImages.rectPath(1024, 768, 256, 192, 768, 384), 1024, 768);

        assertThat(MaskOps.count(mask, 255)).isEqualTo(512L * 192);
        assertThat(MaskOps.count(mask, 1)).isEqualTo(512L * 192);
        assertThat(mask.at(256, 192)).isEqualTo(255);
        assertThat(mask.at(767, 383)).isEqualTo(255);
        assertThat(mask.at(255, 192)).isZero();
        assertThat(mask.at(768, 383)).isZero();
    }

    @Test
    void theWholeImageCoversEveryPixel() {
        GrayImage mask = PolygonRaster.fill(TestImages.rectPath(300, 200, 0, 0, 300, 200), 300, 200);

        assertThat(MaskOps.count(mask, 255)).isEqualTo(300L * 200);
    }

    @Test
    void aHalfPixelEdgeIsHalfCovered() {
        GrayImage mask = PolygonRaster.fill(TestImages.pixelPath(100, 100, 10.5, 10, 20, 10, 20, 20, 10.5, 20), 100,
                100);

        assertThat(mask.at(10, 15)).isEqualTo(128);
        assertThat(mask.at(11, 15)).isEqualTo(255);
        assertThat(MaskOps.area(mask)).isCloseTo(95, within(0.1));
    }

    @Test
    void aTriangleCoversItsAreaWithAntiAliasedEdges() {
        int width = 1000;
        int height = 800;
        List<NormalizedPoint> triangle = List.of(NormalizedPoint.of(0.1, 0.1), NormalizedPoint.of(0.9, 0.23),
                NormalizedPoint.of(0.37, 0.91));
        double expected = Math.abs((0.9 - 0.1) * (0.91 - 0.1) - (0.37 - 0.1) * (0.23 - 0.1)) / 2 * width * height;

        GrayImage mask = PolygonRaster.fill(triangle, width, height);

        assertThat(MaskOps.area(mask)).isCloseTo(expected, within(expected * 0.001));
        long partial = MaskOps.count(mask, 1) - MaskOps.count(mask, 255);
        // Every row crossing a slanted edge has a partly covered pixel: about the triangle's height times two.
        assertThat(partial).isGreaterThan(2L * (long) (0.81 * height) - 10);
    }

    @Test
    void aConcaveLShapeKeepsItsNotchEmpty() {
        GrayImage mask = PolygonRaster.fill(TestImages.pixelPath(100, 100, 10, 10, 60, 10, 60, 30, 30, 30, 30, 60, 10,
                60), 100, 100);

        assertThat(MaskOps.count(mask, 255)).isEqualTo(50 * 20 + 20 * 30);
        assertThat(MaskOps.count(mask, 1)).isEqualTo(50 * 20 + 20 * 30);
        assertThat(mask.at(45, 45)).isZero();
        assertThat(mask.at(20, 50)).isEqualTo(255);
        assertThat(mask.at(50, 20)).isEqualTo(255);
    }

    @Test
    void aTinyPolygonStillGivesPixels() {
        // About 2.3 pixels of area, straddling pixel boundaries.
        GrayImage mask = PolygonRaster.fill(TestImages.pixelPath(1000, 1000, 500.3, 500.3, 502.4, 500.6, 500.8,
                502.5), 1000, 1000);

        double expected = Math.abs((502.4 - 500.3) * (502.5 - 500.3) - (500.8 - 500.3) * (500.6 - 500.3)) / 2;
        assertThat(MaskOps.count(mask, 1)).isBetween(3L, 9L);
        assertThat(MaskOps.area(mask)).isCloseTo(expected, within(expected * 0.1));
    }

    @Test
    void aRepeatedClosingPointChangesNothing() {
        List<NormalizedPoint> open = TestImages.pixelPath(200, 100, 20, 10, 180, 30, 60, 90);
        List<NormalizedPoint> closed = TestImages.pixelPath(200, 100, 20, 10, 180, 30, 60, 90, 20, 10);

        assertThat(PolygonRaster.fill(closed, 200, 100).pixels())
                .isEqualTo(PolygonRaster.fill(open, 200, 100).pixels());
    }
}
