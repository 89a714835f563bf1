package io.remo.pipeline.engine.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.NamedColor;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.EditRequest;
import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.JobControl;
import io.remo.revision.TestImages;
import io.remo.revision.api.LassoRegion;
import io.remo.revision.api.NormalizedOffset;
import io.remo.revision.fidelity.Compositor;
import io.remo.revision.fidelity.FidelityMeter;
import io.remo.revision.fidelity.FidelityMetrics;
import io.remo.revision.mask.MaskSettings;
import io.remo.revision.mask.RegionMask;
import io.remo.revision.mask.RegionMaskBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassicalRegionEditorTest {

    private static final int WIDTH = 512;
    private static final int HEIGHT = 384;
    private static final int[] FLOOR = {190, 170, 140};
    private static final int[] RED = {200, 40, 40};
    private static final double CX = 200;
    private static final double CY = 180;
    private static final double RADIUS = 50;

    /** A red disc on a noisy beige floor, and a loose square lasso around it. */
    private final RgbImage image = TestImages.withDisc(TestImages.noisy(WIDTH, HEIGHT, FLOOR, 6, 7), CX, CY, RADIUS,
            RED);
    private final RegionMaskBuilder builder = new RegionMaskBuilder(MaskSettings.DEFAULT);
    private final ClassicalRegionEditor editor = new ClassicalRegionEditor();
    private final FidelityMeter meter = new FidelityMeter(FidelityMeter.DEFAULT_THRESHOLD);

    private static LassoRegion region(String action, Double scale, NormalizedOffset offset) {
        return new LassoRegion(TestImages.rectPath(WIDTH, HEIGHT, 120, 100, 280, 260), action, "do something here",
                null, null, scale, offset, null);
    }

    private static EditInstructions instructions(String action, String words, NamedColor colour, String texture) {
        return new EditInstructions(action, words, colour, texture, 0, List.of(), List.of(), "", "");
    }

    private record Edit(RegionMask mask, RgbImage raw, RgbImage composited) {
    }

    private Edit edit(LassoRegion region, EditInstructions instructions, JobControl control) {
        RegionMask mask = builder.build(image, region, 0, 5);
        NormalizedOffset offset = region.offset() == null ? NormalizedOffset.of(0, 0) : region.offset();
        RgbImage raw = editor.edit(new EditRequest(image, mask.editMask(), instructions, null, 5,
                region.scale() == null ? 1 : region.scale(), offset.x(), offset.y()), control);
        return new Edit(mask, raw, Compositor.composite(image, raw, mask.blend()));
    }

    private Edit edit(String action, Double scale, NormalizedOffset offset) {
        return edit(region(action, scale, offset), instructions(action, "make it navy", NamedColor.of("navy"), null),
                JobControl.NONE);
    }

    @ParameterizedTest
    @CsvSource({"remove,,,,0.95", "change_finish,,,,0.95", "replace,,,,0.95", "resize,0.6,,,0.6",
            "reposition,,0.3,0.2,0.9"})
    void eachActionChangesPixelsMainlyInsideItsRegion(String action, Double scale, Double dx, Double dy,
                                                      double minRecall) {
        Edit edit = edit(action, scale, dx == null ? null : NormalizedOffset.of(dx, dy));

        FidelityMetrics raw = meter.measure(image, edit.raw(), edit.mask().footprint(), edit.mask().support());
        FidelityMetrics composited = meter.measure(image, edit.composited(), edit.mask().footprint(),
                edit.mask().support());

        // Unblended, the editor's output covers the feather ring around the region as well.
        assertThat(raw.precision()).isGreaterThan(0.8);
        assertThat(composited.precision()).isGreaterThan(0.85);
        assertThat(composited.recall()).isGreaterThan(minRecall);
        assertThat(composited.maxChangeOutsideMask()).isZero();
        assertThat(composited.changedOutsideSupport()).isZero();
        assertThat(identicalOutside(image, edit.composited(), edit.mask().support())).isTrue();
    }

    private static boolean identicalOutside(RgbImage a, RgbImage b, GrayImage support) {
        for (int p = 0; p < support.pixels().length; p++) {
            if (support.pixels()[p] == 0) {
                for (int c = 0; c < 3; c++) {
                    if (a.pixels()[3 * p + c] != b.pixels()[3 * p + c]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Test
    void removeLeavesTheFloorWhereTheObjectWas() {
        Edit edit = edit("remove", null, null);

        assertThat(TestImages.colourCentroid(edit.composited(), RED, 40)[2]).isZero();
        double[] mean = meanInDisc(edit.composited(), CX, CY, RADIUS);
        for (int c = 0; c < 3; c++) {
            assertThat(mean[c]).isCloseTo(FLOOR[c], within(8.0));
        }
    }

    @Test
    void changeFinishTakesTheTargetColourAndKeepsTheDetail() {
        RgbImage striped = stripedDisc();
        // A finish repaints the lasso as drawn: here, traced along the disc's edge.
        LassoRegion region = new LassoRegion(TestImages.pixelPath(WIDTH, HEIGHT, circle(CX, CY, RADIUS, 64)),
                "change_finish", "paint it teal", null, null, null, null, null);
        RegionMask mask = builder.build(striped, region, 0, 5);
        EditInstructions teal = instructions("change_finish", "paint it teal", NamedColor.of("teal"), null);

        RgbImage raw = editor.edit(new EditRequest(striped, mask.editMask(), teal, null, 5, 1, 0, 0), JobControl.NONE);

        // Mean colour of the painted region near teal (44, 122, 123), stripes still there.
        double[] mean = meanInDisc(raw, CX, CY, RADIUS - 5);
        assertThat(mean[0]).isCloseTo(44, within(20.0));
        assertThat(mean[1]).isCloseTo(122, within(20.0));
        assertThat(mean[2]).isCloseTo(123, within(20.0));
        assertThat(stripeContrast(raw)).isGreaterThan(0.5 * stripeContrast(striped));
    }

    private static double[] circle(double cx, double cy, double radius, int points) {
        double[] xy = new double[2 * points];
        for (int i = 0; i < points; i++) {
            xy[2 * i] = cx + radius * Math.cos(2 * Math.PI * i / points);
            xy[2 * i + 1] = cy + radius * Math.sin(2 * Math.PI * i / points);
        }
        return xy;
    }

    /** The red disc with dark horizontal stripes every 10 px: detail the repaint must keep. */
    private RgbImage stripedDisc() {
        RgbImage striped = image;
        for (int y = (int) (CY - RADIUS); y < CY + RADIUS; y += 10) {
            striped = TestImages.withRect(striped, (int) (CX - 30), y, (int) (CX + 30), y + 3, new int[] {120, 20, 20});
        }
        return striped;
    }

    /** Mean green-channel difference between a stripe row and the row between stripes, in the disc. */
    private static double stripeContrast(RgbImage image) {
        double sum = 0;
        int rows = 0;
        for (int y = (int) (CY - 30); y < CY + 30; y += 10) {
            for (int x = (int) (CX - 20); x < CX + 20; x++) {
                sum += Math.abs(luma(image, x, y + 6) - luma(image, x, y + 1));
            }
            rows++;
        }
        return sum / rows / 40;
    }

    private static double luma(RgbImage image, int x, int y) {
        int i = 3 * (y * image.width() + x);
        return 0.299 * (image.pixels()[i] & 0xFF) + 0.587 * (image.pixels()[i + 1] & 0xFF)
                + 0.114 * (image.pixels()[i + 2] & 0xFF);
    }

    @Test
    void replaceChangesColourAndTextureVisibly() {
        Edit edit = edit(region("replace", null, null),
                instructions("replace", "a green velvet armchair instead", null, null), JobControl.NONE);

        double[] mean = meanInDisc(edit.composited(), CX, CY, RADIUS - 5);
        // Green from the instruction's words: (78, 125, 78) give or take the finish's pattern.
        assertThat(mean[1]).isGreaterThan(mean[0] + 20);
        assertThat(Math.abs(mean[0] - RED[0])).isGreaterThan(60);
        // The flat red disc gains the velvet's pattern.
        assertThat(deviationInDisc(edit.composited(), CX, CY, RADIUS - 5))
                .isGreaterThan(deviationInDisc(image, CX, CY, RADIUS - 5) + 3);
    }

    @Test
    void repositionMovesTheContentByTheOffset() {
        Edit edit = edit("reposition", null, NormalizedOffset.of(0.3, 0.2));

        double[] before = TestImages.colourCentroid(image, RED, 30);
        double[] after = TestImages.colourCentroid(edit.composited(), RED, 30);
        assertThat(after[0] - before[0]).isCloseTo(0.3 * WIDTH, within(1.0));
        assertThat(after[1] - before[1]).isCloseTo(0.2 * HEIGHT, within(1.0));
        assertThat(after[2]).isCloseTo(before[2], within(before[2] * 0.05));
    }

    @Test
    void resizeScalesTheContentAboutItsCentroid() {
        Edit edit = edit("resize", 0.6, null);

        double[] before = TestImages.colourCentroid(image, RED, 30);
        double[] after = TestImages.colourCentroid(edit.composited(), RED, 30);
        assertThat(after[0]).isCloseTo(before[0], within(1.0));
        assertThat(after[1]).isCloseTo(before[1], within(1.0));
        assertThat(after[2] / before[2]).isCloseTo(0.36, within(0.04));
    }

    @Test
    void growingContentStaysWithinItsFootprint() {
        Edit edit = edit("resize", 1.4, null);

        double[] after = TestImages.colourCentroid(edit.composited(), RED, 30);
        assertThat(after[2] / TestImages.colourCentroid(image, RED, 30)[2]).isCloseTo(1.96, within(0.1));
        assertThat(identicalOutside(image, edit.composited(), edit.mask().support())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"remove", "change_finish", "replace", "resize", "reposition"})
    void theSameRequestGivesTheSameBytes(String action) {
        Double scale = action.equals("resize") ? 0.7 : null;
        NormalizedOffset offset = action.equals("reposition") ? NormalizedOffset.of(-0.1, 0.1) : null;
        EditInstructions words = instructions(action, "something warmer and softer", null, null);

        RgbImage first = edit(region(action, scale, offset), words, JobControl.NONE).raw();
        RgbImage second = edit(region(action, scale, offset), words, JobControl.NONE).raw();

        assertThat(second.pixels()).isEqualTo(first.pixels());
    }

    @Test
    void aCancelledJobStopsBeforeEditing() {
        RegionMask mask = builder.build(image, region("remove", null, null), 0, 5);
        List<String> progress = new ArrayList<>();
        JobControl stopped = new RecordingControl(progress, 0);

        assertThatThrownBy(() -> editor.edit(new EditRequest(image, mask.editMask(),
                instructions("remove", "take it away", null, null), null, 5, 1, 0, 0), stopped))
                .isInstanceOf(JobCancelledException.class);
        assertThat(progress).isEmpty();
    }

    @Test
    void aStopRequestedDuringTheEditIsHonouredBeforeReturning() {
        RegionMask mask = builder.build(image, region("remove", null, null), 0, 5);
        List<String> progress = new ArrayList<>();
        JobControl stopsAfterFirstReport = new RecordingControl(progress, 1);

        assertThatThrownBy(() -> editor.edit(new EditRequest(image, mask.editMask(),
                instructions("remove", "take it away", null, null), null, 5, 1, 0, 0), stopsAfterFirstReport))
                .isInstanceOf(JobCancelledException.class);
        assertThat(progress).containsExactly("editing region (remove)");
    }

    /** Reports progress into a list; cancelled once it holds the given number of reports. */
    private record RecordingControl(List<String> progress, int reportsBeforeStop) implements JobControl {

        @Override
        public void progress(double fraction, String message) {
            progress.add(message);
        }

        @Override
        public boolean cancelled() {
            return progress.size() >= reportsBeforeStop;
        }
    }

    @Test
    void refusesAnUnknownActionAndAnEmptyMask() {
        RegionMask mask = builder.build(image, region("remove", null, null), 0, 5);
        GrayImage empty = new GrayImage(WIDTH, HEIGHT, new byte[WIDTH * HEIGHT]);

        assertThatThrownBy(() -> editor.edit(new EditRequest(image, mask.editMask(),
                instructions("explode", "make it go away", null, null), null, 5, 1, 0, 0), JobControl.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explode");
        assertThatThrownBy(() -> editor.edit(new EditRequest(image, empty,
                instructions("remove", "make it go away", null, null), null, 5, 1, 0, 0), JobControl.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void aFaintMaskIsStillEdited() {
        byte[] faint = new byte[WIDTH * HEIGHT];
        for (int y = 100; y < 200; y++) {
            Arrays.fill(faint, y * WIDTH + 100, y * WIDTH + 200, (byte) 100);
        }

        RgbImage raw = editor.edit(new EditRequest(image, new GrayImage(WIDTH, HEIGHT, faint),
                instructions("change_finish", "paint it navy", NamedColor.of("navy"), null), null, 5, 1, 0, 0),
                JobControl.NONE);

        double[] mean = meanInDisc(raw, 150, 150, 40);
        assertThat(mean[2]).isGreaterThan(mean[0]);
    }

    private static double[] meanInDisc(RgbImage image, double cx, double cy, double radius) {
        double[] sum = new double[3];
        int count = 0;
        for (int y = (int) (cy - radius); y <= cy + radius; y++) {
            for (int x = (int) (cx - radius); x <= cx + radius; x++) {
                if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius) {
                    int i = 3 * (y * image.width() + x);
                    for (int c = 0; c < 3; c++) {
                        sum[c] += image.pixels()[i + c] & 0xFF;
                    }
                    count++;
                }
            }
        }
        return new double[] {sum[0] / count, sum[1] / count, sum[2] / count};
    }

    private static double deviationInDisc(RgbImage image, double cx, double cy, double radius) {
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        for (int y = (int) (cy - radius); y <= cy + radius; y++) {
            for (int x = (int) (cx - radius); x <= cx + radius; x++) {
                if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius) {
                    double value = luma(image, x, y);
                    sum += value;
                    sumSquares += value * value;
                    count++;
                }
            }
        }
        double mean = sum / count;
        return Math.sqrt(Math.max(0, sumSquares / count - mean * mean));
    }
}
