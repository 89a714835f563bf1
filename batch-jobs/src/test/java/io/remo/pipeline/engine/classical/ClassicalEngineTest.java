package io.remo.pipeline.engine.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.brief.api.GenerationInstructions;
import io.remo.brief.api.NamedColor;
import io.remo.brief.api.Vocabulary;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.EditRequest;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RegionLabel;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.pipeline.verify.QualityGates;
import io.remo.testing.SyntheticRoom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassicalEngineTest {

    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    private static final ClassicalEngine ENGINE = new ClassicalEngine((request, control) -> request.base());
    private static final QualityGates GATES = new QualityGates();

    private static RgbImage photo;
    private static RoomAnalysis analysis;

    @BeforeAll
    static void analyseOnce() {
        photo = SyntheticRoom.rgb(WIDTH, HEIGHT, 7);
        analysis = ENGINE.analyze(photo, JobControl.NONE);
    }

    @Test
    void analysisFindsTheSurfacesOfTheRoom() {
        GrayImage labels = analysis.segmentation();
        assertThat(labels.width()).isEqualTo(WIDTH);
        assertThat(labels.height()).isEqualTo(HEIGHT);
        assertThat(RegionLabel.of(labels.at(WIDTH / 2, 4))).isEqualTo(RegionLabel.CEILING);
        assertThat(RegionLabel.of(labels.at(WIDTH / 2, HEIGHT - 4))).isEqualTo(RegionLabel.FLOOR);
        assertThat(RegionLabel.of(labels.at(4, HEIGHT / 2))).isEqualTo(RegionLabel.WALL);
        assertThat(RegionLabel.of(labels.at(WIDTH - 4, HEIGHT / 2))).isEqualTo(RegionLabel.WALL);
        // The synthetic room has one window, one door and a sofa, rug, table and lamp.
        assertThat(share(labels, RegionLabel.WALL)).isGreaterThan(0.25);
        assertThat(share(labels, RegionLabel.FLOOR)).isGreaterThan(0.05);
        assertThat(share(labels, RegionLabel.CEILING)).isGreaterThan(0.08);
        assertThat(share(labels, RegionLabel.WINDOW)).isBetween(0.01, 0.06);
        assertThat(share(labels, RegionLabel.DOOR)).isBetween(0.01, 0.08);
        assertThat(share(labels, RegionLabel.FURNITURE)).isBetween(0.1, 0.4);
    }

    @Test
    void depthGrowsNearerTowardsTheImageEdgesAndIsFarthestOnTheBackWall() {
        GrayImage depth = analysis.depth();
        int backWall = depth.at(WIDTH / 2, (int) (HEIGHT * 0.25));
        assertThat(backWall).isLessThan(10);
        assertThat(depth.at(WIDTH / 2, HEIGHT - 2)).isGreaterThan(200);
        assertThat(depth.at(WIDTH / 2, 2)).isGreaterThan(100);
        assertThat(depth.at(2, HEIGHT / 2)).isGreaterThan(100);
        // Down the middle of the floor, nearer row by row.
        int previous = -1;
        for (int y = (int) (HEIGHT * 0.94); y < HEIGHT; y += 4) {
            assertThat(depth.at(WIDTH / 2, y)).isGreaterThanOrEqualTo(previous);
            previous = depth.at(WIDTH / 2, y);
        }
    }

    @Test
    void edgesAreABinaryMapOfLongStructure() {
        byte[] edges = analysis.edges().pixels();
        int on = 0;
        for (byte pixel : edges) {
            assertThat(pixel == 0 || pixel == (byte) 255).isTrue();
            on += pixel != 0 ? 1 : 0;
        }
        assertThat((double) on / edges.length).isBetween(0.005, 0.1);
    }

    @Test
    void roomTypeIsAVocabularyWordWithAModestConfidence() {
        assertThat(Vocabulary.ROOM_TYPES).contains(analysis.roomType());
        assertThat(analysis.roomType()).isEqualTo("living_room");
        assertThat(analysis.roomTypeConfidence()).isBetween(0.0, RoomTypeGuess.CONFIDENCE_CEILING);
    }

    @Test
    void aRolledPhotoIsLevelledBeforeItsLayoutIsFitted() {
        byte[] rolled;
        RgbImage rolledPhoto;
        try (PointerScope scope = new PointerScope()) {
            rolledPhoto = OpenCvImages.rgbImage(Levelling.rotated(OpenCvImages.rgbMat(photo), -3, opencv_imgproc.INTER_LINEAR));
            rolled = OpenCvImages.bytes(Levelling.rotated(OpenCvImages.grayMat(analysis.segmentation()), -3,
                    opencv_imgproc.INTER_NEAREST));
        }
        byte[] labels = ENGINE.analyze(rolledPhoto, JobControl.NONE).segmentation().pixels();
        int agreeing = 0;
        int compared = 0;
        // The middle of the picture: the corners of a turned photo are made up.
        for (int y = HEIGHT / 8; y < HEIGHT * 7 / 8; y++) {
            for (int x = WIDTH / 8; x < WIDTH * 7 / 8; x++) {
                compared++;
                agreeing += labels[y * WIDTH + x] == rolled[y * WIDTH + x] ? 1 : 0;
            }
        }
        assertThat((double) agreeing / compared).isGreaterThan(0.97);
    }

    @Test
    void aPhotoWithoutStructureGetsTheTypicalRoom() {
        byte[] grey = new byte[640 * 480 * 3];
        Arrays.fill(grey, (byte) 140);
        RgbImage flat = new RgbImage(640, 480, grey);
        RoomAnalysis flatAnalysis = ENGINE.analyze(flat, JobControl.NONE);
        assertThat(RegionLabel.of(flatAnalysis.segmentation().at(320, 470))).isEqualTo(RegionLabel.FLOOR);
        assertThat(RegionLabel.of(flatAnalysis.segmentation().at(320, 5))).isEqualTo(RegionLabel.CEILING);
        assertThat(RegionLabel.of(flatAnalysis.segmentation().at(320, 240))).isEqualTo(RegionLabel.WALL);
        assertThat(flatAnalysis.roomType()).isEqualTo("other");
        RenderedOption option = ENGINE.generate(new GenerationRequest(flat, flatAnalysis,
                instructions(1, List.of("navy", "cream"), List.of()), 1, 320), JobControl.NONE);
        assertThat(option.image().width()).isEqualTo(320);
        assertThat(option.image().height()).isEqualTo(240);
    }

    @Test
    void largePhotosAreAnalysedAtTheWorkingSize() {
        RoomAnalysis small = new ClassicalEngine((request, control) -> request.base(), 512)
                .analyze(SyntheticRoom.rgb(1200, 900, 3), JobControl.NONE);
        assertThat(small.segmentation().width()).isEqualTo(512);
        assertThat(small.segmentation().height()).isEqualTo(384);
        assertThat(small.depth().width()).isEqualTo(512);
        assertThat(small.edges().height()).isEqualTo(384);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytesWhateverOpenCvsThreadCount() {
        GenerationInstructions instructions = instructions(0, List.of("sage", "beige", "terracotta"), List.of());
        RenderedOption first = generate(instructions, 11);
        RenderedOption second = generate(instructions, 11);
        RenderedOption otherSeed = generate(instructions, 12);
        int threads = opencv_core.getNumThreads();
        RenderedOption singleThreaded;
        try {
            opencv_core.setNumThreads(1);
            singleThreaded = generate(instructions, 11);
        } finally {
            opencv_core.setNumThreads(threads);
        }
        assertThat(second.image().pixels()).isEqualTo(first.image().pixels());
        assertThat(singleThreaded.image().pixels()).isEqualTo(first.image().pixels());
        assertThat(otherSeed.image().pixels()).isNotEqualTo(first.image().pixels());
        assertThat(first.seed()).isEqualTo(11);
        assertThat(first.engineId()).isEqualTo("classical-opencv/1");
        assertThat(first.prompt()).contains("walls sage", "faithful");
        assertThat(first.computeMillis()).isNotNegative();
    }

    @Test
    void outputKeepsTheAspectAtTheRequestedLongSide() {
        GenerationInstructions instructions = instructions(0, List.of("white"), List.of());
        RenderedOption landscape = ENGINE.generate(new GenerationRequest(photo, analysis, instructions, 1, 640),
                JobControl.NONE);
        assertThat(landscape.image().width()).isEqualTo(640);
        assertThat(landscape.image().height()).isEqualTo(480);

        RgbImage portrait = SyntheticRoom.rgb(600, 800, 5);
        RoomAnalysis portraitAnalysis = ENGINE.analyze(portrait, JobControl.NONE);
        RenderedOption tall = ENGINE.generate(new GenerationRequest(portrait, portraitAnalysis, instructions, 1, 1024),
                JobControl.NONE);
        assertThat(tall.image().width()).isEqualTo(768);
        assertThat(tall.image().height()).isEqualTo(1024);
    }

    @Test
    void warmPaletteMakesWarmerWallsThanACoolOne() {
        RenderedOption warm = generate(instructions(0, List.of("terracotta", "cream"), List.of()), 3);
        RenderedOption cool = generate(instructions(0, List.of("navy", "light_blue"), List.of()), 3);
        double[] warmWall = meanLab(warm.image(), RegionLabel.WALL);
        double[] coolWall = meanLab(cool.image(), RegionLabel.WALL);
        double[] before = meanLab(photo, RegionLabel.WALL);
        // terracotta: b* about +40, navy: about -22; the synthetic wall starts near +10.
        assertThat(warmWall[2]).isGreaterThan(coolWall[2] + 30);
        assertThat(warmWall[1]).isGreaterThan(coolWall[1] + 10);
        assertThat(warmWall[2]).isGreaterThan(before[2] + 10);
        assertThat(coolWall[2]).isLessThan(before[2] - 15);
        // navy is dark: the walls get darker too.
        assertThat(coolWall[0]).isLessThan(before[0] - 25);
    }

    @Test
    void avoidedColoursAreNeitherPaintedNorKept() {
        float[] beige = lab(NamedColor.of("beige"));
        assertThat(shareNear(photo, beige, 10)).as("the synthetic walls start out near beige").isGreaterThan(0.05);

        RenderedOption output = generate(instructions(0, List.of("beige", "sand", "olive"), List.of("beige")), 5);

        assertThat(shareNear(output.image(), beige, 10)).isLessThan(0.001);
        double[] wall = meanLab(output.image(), RegionLabel.WALL);
        assertThat(distance(wall, beige)).isGreaterThan(StylePlan.AVOID_MARGIN - 8);
        assertThat(output.prompt()).contains("kept clear of beige");
    }

    @Test
    void theTwoOptionsAreDistinctAndBothKeepTheStructure() {
        RenderedOption faithful = generate(instructions(0, List.of("sage", "cream", "mustard", "navy"), List.of()), 21);
        RenderedOption bolder = generate(instructions(1, List.of("sage", "cream", "mustard", "navy"), List.of()), 21);
        assertThat(GATES.distinctEnough(faithful.image(), bolder.image()).passed()).isTrue();
        assertThat(GATES.structurePreserved(analysis.edges(), faithful.image()).passed()).isTrue();
        assertThat(GATES.structurePreserved(analysis.edges(), bolder.image()).passed()).isTrue();
        assertThat(GATES.blankOrSaturated(faithful.image()).passed()).isTrue();
        assertThat(GATES.blankOrSaturated(bolder.image()).passed()).isTrue();
        assertThat(bolder.prompt()).contains("bolder", "accent wall");
    }

    @Test
    void declutterRemovesSmallThingsButKeepsWindowsAndDoorsInPlace() {
        GenerationInstructions keepAll = instructions(0, List.of("white"), List.of());
        GenerationInstructions minimal = new GenerationInstructions(0, "faithful", null, List.of(),
                keepAll.palette(), List.of(), 0, 0, List.of(), null, 1.0, List.of(), "", "");
        RenderedOption kept = generate(keepAll, 2);
        RenderedOption decluttered = generate(minimal, 2);
        assertThat(kept.prompt()).doesNotContain("decluttered");
        assertThat(decluttered.prompt()).containsPattern("decluttered [1-9]");
        // Windows and doors are not repainted: they stay close to the photo.
        assertThat(distance(meanLab(decluttered.image(), RegionLabel.WINDOW), meanLab(photo, RegionLabel.WINDOW)))
                .isLessThan(8);
        assertThat(distance(meanLab(decluttered.image(), RegionLabel.DOOR), meanLab(photo, RegionLabel.DOOR)))
                .isLessThan(8);
    }

    @Test
    void cancellingStopsGenerationAtTheNextStage() {
        AtomicInteger progressCalls = new AtomicInteger();
        JobControl cancelAfterFirstProgress = new JobControl() {
            @Override
            public void progress(double fraction, String message) {
                progressCalls.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return progressCalls.get() > 0;
            }
        };
        GenerationRequest request = new GenerationRequest(photo, analysis, instructions(0, List.of("white"), List.of()),
                1, 1024);
        assertThatThrownBy(() -> ENGINE.generate(request, cancelAfterFirstProgress))
                .isInstanceOf(JobCancelledException.class);
        assertThat(progressCalls).hasValue(1);
        progressCalls.set(0);
        assertThatThrownBy(() -> ENGINE.analyze(photo, cancelAfterFirstProgress))
                .isInstanceOf(JobCancelledException.class);
        assertThat(progressCalls).hasValue(1);
    }

    @Test
    void progressIsMonotonicAndEndsAtOne() {
        List<Double> fractions = new ArrayList<>();
        JobControl recording = new JobControl() {
            @Override
            public void progress(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        ENGINE.generate(new GenerationRequest(photo, analysis, instructions(0, List.of("white"), List.of()), 1, 512),
                recording);
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void editsAreTheRegionEditorsWork() {
        RgbImage edited = new RgbImage(2, 1, new byte[] {1, 2, 3, 4, 5, 6});
        ClassicalEngine engine = new ClassicalEngine((request, control) -> edited);
        EditRequest request = new EditRequest(photo, new GrayImage(WIDTH, HEIGHT, new byte[WIDTH * HEIGHT]), null,
                analysis, 1, 1, 0, 0);
        assertThat(engine.edit(request, JobControl.NONE)).isSameAs(edited);
    }

    private static RenderedOption generate(GenerationInstructions instructions, long seed) {
        return ENGINE.generate(new GenerationRequest(photo, analysis, instructions, seed, WIDTH), JobControl.NONE);
    }

    static GenerationInstructions instructions(int option, List<String> palette, List<String> avoid) {
        return new GenerationInstructions(option, option == 0 ? "faithful" : "bolder", "living_room", List.of(),
                palette.stream().map(NamedColor::of).toList(), avoid.stream().map(NamedColor::of).toList(), 0, 0,
                List.of(), null, 0, List.of(), "", "");
    }

    private static double share(GrayImage labels, RegionLabel label) {
        int count = 0;
        for (byte pixel : labels.pixels()) {
            if (pixel == label.code()) {
                count++;
            }
        }
        return (double) count / labels.pixels().length;
    }

    /** Mean L*, a*, b* of the image over the analysis's region. */
    private static double[] meanLab(RgbImage image, RegionLabel label) {
        float[] lab = labOf(image);
        byte[] labels = analysis.segmentation().pixels();
        double[] sum = new double[3];
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label.code()) {
                for (int k = 0; k < 3; k++) {
                    sum[k] += lab[3 * i + k];
                }
                count++;
            }
        }
        return new double[] {sum[0] / count, sum[1] / count, sum[2] / count};
    }

    private static double shareNear(RgbImage image, float[] colour, double radius) {
        float[] lab = labOf(image);
        int near = 0;
        for (int i = 0; i < lab.length; i += 3) {
            if (distance(new double[] {lab[i], lab[i + 1], lab[i + 2]}, colour) < radius) {
                near++;
            }
        }
        return near / (lab.length / 3.0);
    }

    private static float[] labOf(RgbImage image) {
        LabPixels pixels = LabPixels.of(OpenCvImages.rgbMat(image));
        float[] interleaved = new float[pixels.size() * 3];
        for (int i = 0; i < pixels.size(); i++) {
            interleaved[3 * i] = pixels.l[i];
            interleaved[3 * i + 1] = pixels.a[i];
            interleaved[3 * i + 2] = pixels.b[i];
        }
        return interleaved;
    }

    private static float[] lab(NamedColor colour) {
        return LabPixels.ofRgb(colour.red(), colour.green(), colour.blue());
    }

    private static double distance(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    private static double distance(double[] p, float[] q) {
        return distance(p, new double[] {q[0], q[1], q[2]});
    }
}
