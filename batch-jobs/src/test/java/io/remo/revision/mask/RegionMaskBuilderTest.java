package io.remo.revision.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.TestImages;
import io.remo.revision.api.BrushStroke;
import io.remo.revision.api.LassoRegion;
import io.remo.revision.api.NormalizedOffset;
import io.remo.revision.api.NormalizedPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionMaskBuilderTest {

    private static final int WIDTH = 512;
    private static final int HEIGHT = 384;
    private static final int[] RED = {200, 40, 40};

    private final RegionMaskBuilder builder = new RegionMaskBuilder(MaskSettings.DEFAULT);
    /** A red disc of radius 50 at (200, 180) on a noisy beige floor. */
    private final RgbImage image = TestImages.withDisc(
            TestImages.noisy(WIDTH, HEIGHT, new int[] {190, 170, 140}, 12, 7), 200, 180, 50, RED);
    /** A loose lasso around the disc: a square 30 px wider on each side. */
    private final List<NormalizedPoint> looseLasso = TestImages.rectPath(WIDTH, HEIGHT, 120, 100, 280, 260);

    private static LassoRegion region(List<NormalizedPoint> lasso, String action, Double scale, NormalizedOffset offset,
                                      List<BrushStroke> strokes) {
        return new LassoRegion(lasso, action, "do something with it", null, null, scale, offset, strokes);
    }

    private static GrayImage disc(double cx, double cy, double radius) {
        byte[] pixels = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius) {
                    pixels[y * WIDTH + x] = (byte) 255;
                }
            }
        }
        return new GrayImage(WIDTH, HEIGHT, pixels);
    }

    private static double iou(GrayImage a, GrayImage b) {
        long both = 0;
        long either = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            boolean inA = (a.pixels()[i] & 0xFF) >= MaskOps.INSIDE;
            boolean inB = (b.pixels()[i] & 0xFF) >= MaskOps.INSIDE;
            both += inA && inB ? 1 : 0;
            either += inA || inB ? 1 : 0;
        }
        return (double) both / either;
    }

    @Test
    void changeFinishKeepsTheLassoAsDrawn() {
        RegionMask mask = builder.build(image, region(looseLasso, "change_finish", null, null, null), 0, 1);

        assertThat(mask.shape().pixels()).isEqualTo(PolygonRaster.fill(looseLasso, WIDTH, HEIGHT).pixels());
        assertThat(mask.footprint()).isSameAs(mask.shape());
        assertThat(mask.blend()).isSameAs(mask.editMask());
    }

    @Test
    void replaceRefinesTheLassoToTheObjectItCircles() {
        RegionMask mask = builder.build(image, region(looseLasso, "replace", null, null, null), 0, 1);

        assertThat(iou(mask.shape(), disc(200, 180, 50))).isGreaterThan(0.93);
        assertThat(MaskOps.count(mask.shape(), MaskOps.INSIDE)).isLessThan(160L * 160 / 2);
    }

    @Test
    void refinementNeverLeavesTheDilatedLasso() {
        // The lasso cuts through the disc: the object continues outside it.
        List<NormalizedPoint> tight = TestImages.rectPath(WIDTH, HEIGHT, 170, 150, 300, 300);
        int margin = MaskSettings.pixels(MaskSettings.DEFAULT.refineMargin(), WIDTH);

        RegionMask mask = builder.build(image, region(tight, "remove", null, null, null), 0, 1);

        GrayImage allowed = MaskOps.support(PolygonRaster.fill(tight, WIDTH, HEIGHT), margin);
        for (int i = 0; i < allowed.pixels().length; i++) {
            if (allowed.pixels()[i] == 0) {
                assertThat(mask.shape().pixels()[i]).isZero();
            }
        }
    }

    @Test
    void aRegionWithoutAnObjectKeepsTheLasso() {
        RgbImage plain = TestImages.noisy(WIDTH, HEIGHT, new int[] {190, 170, 140}, 12, 7);

        RegionMask mask = builder.build(plain, region(looseLasso, "remove", null, null, null), 0, 1);

        // grabCut finds no foreground in a plain floor: the refinement is discarded for the lasso as drawn.
        assertThat(mask.shape().pixels()).isEqualTo(PolygonRaster.fill(looseLasso, WIDTH, HEIGHT).pixels());
    }

    @Test
    void brushStrokesApplyAfterRefinement() {
        BrushStroke add = new BrushStroke(TestImages.pixelPath(WIDTH, HEIGHT, 400, 300), BrushStroke.ADD, 40.0);
        RegionMask plain = builder.build(image, region(looseLasso, "replace", null, null, null), 0, 1);

        RegionMask brushed = builder.build(image, region(looseLasso, "replace", null, null, List.of(add)), 0, 1);

        // Size 40 at 1024 wide is a radius of 10 px at 512 wide.
        assertThat(MaskOps.area(brushed.shape()) - MaskOps.area(plain.shape())).isCloseTo(Math.PI * 100,
                within(Math.PI * 100 * 0.02));
        assertThat(brushed.shape().at(400, 300)).isEqualTo(255);
    }

    @Test
    void subtractingEverythingIsAnEmptyRegion() {
        BrushStroke erase = new BrushStroke(TestImages.pixelPath(WIDTH, HEIGHT, 200, 180), BrushStroke.SUBTRACT,
                200.0 * 4);
        LassoRegion region = region(looseLasso, "change_finish", null, null, List.of(erase));

        assertThatThrownBy(() -> builder.build(image, region, 2, 1)).isInstanceOf(EmptyRegionException.class)
                .hasMessageContaining("region 3");
    }

    @Test
    void repositionAddsWhereTheContentGoes() {
        RegionMask mask = builder.build(image, region(looseLasso, "reposition", null, NormalizedOffset.of(0.4, 0),
                null), 0, 1);

        double shapeArea = MaskOps.area(mask.shape());
        assertThat(MaskOps.area(mask.footprint())).isCloseTo(2 * shapeArea, within(shapeArea * 0.02));
        double[] before = RegionMotion.centroid(mask.shape());
        assertThat(mask.motion().translateX()).isCloseTo(0.4 * WIDTH, within(1e-9));
        assertThat(mask.footprint().at((int) (before[0] + 0.4 * WIDTH), (int) before[1])).isEqualTo(255);
        for (int i = 0; i < mask.blend().pixels().length; i++) {
            if (mask.support().pixels()[i] == 0) {
                assertThat(mask.blend().pixels()[i]).isZero();
            }
        }
    }

    @Test
    void resizeScalesAboutTheCentroid() {
        RegionMask mask = builder.build(image, region(looseLasso, "resize", 1.5, null, null), 0, 1);

        // Growing about the centre covers the original: the footprint is the grown shape, 2.25 times the area.
        assertThat(MaskOps.area(mask.footprint()) / MaskOps.area(mask.shape())).isCloseTo(2.25, within(0.05));
        double[] centroid = RegionMotion.centroid(mask.editMask());
        assertThat(mask.motion().translateX()).isCloseTo(centroid[0] * (1 - 1.5), within(1e-9));
    }

    @Test
    void theSameSeedGivesTheSameMasks() {
        LassoRegion region = region(looseLasso, "replace", null, null, null);

        RegionMask first = builder.build(image, region, 0, 42);
        RegionMask second = builder.build(image, region, 0, 42);

        assertThat(second.shape().pixels()).isEqualTo(first.shape().pixels());
        assertThat(second.blend().pixels()).isEqualTo(first.blend().pixels());
    }
}
