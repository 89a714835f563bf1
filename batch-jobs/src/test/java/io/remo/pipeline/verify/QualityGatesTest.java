package io.remo.pipeline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.classical.OpenCvImages;
import io.remo.pipeline.engine.classical.StructuralEdges;
import io.remo.testing.SyntheticRoom;
import java.util.Arrays;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QualityGatesTest {

    private static final QualityGates GATES = new QualityGates();

    private static RgbImage room;
    private static GrayImage roomEdges;

    @BeforeAll
    static void renderRoom() {
        room = SyntheticRoom.rgb(1024, 768, 4);
        try (PointerScope scope = new PointerScope()) {
            roomEdges = OpenCvImages.grayImage(StructuralEdges.detect(OpenCvImages.rgbMat(room)));
        }
    }

    @Test
    void theSamePhotoKeepsItsStructureEvenAtAnotherSize() {
        GateResult same = GATES.structurePreserved(roomEdges, room);
        assertThat(same.passed()).isTrue();
        assertThat(same.primary().value()).isGreaterThan(0.95);
        assertThat(same.primary().threshold()).isEqualTo(QualityGates.Thresholds.DEFAULTS.structureMinF1());

        GateResult larger = GATES.structurePreserved(roomEdges, SyntheticRoom.rgb(2048, 1536, 4));
        assertThat(larger.passed()).isTrue();
    }

    @Test
    void aFlippedRoomOrABlurredOneLosesTheStructure() {
        GateResult upsideDown = GATES.structurePreserved(roomEdges, transformed(room, "flip"));
        GateResult blurred = GATES.structurePreserved(roomEdges, transformed(room, "blur"));
        assertThat(upsideDown.passed()).isFalse();
        assertThat(upsideDown.primary().value()).isLessThan(0.35);
        assertThat(blurred.passed()).isFalse();
        assertThat(blurred.primary().value()).isLessThan(0.1);
        assertThat(blurred.toString()).startsWith("structure: FAIL edgeF1=");
    }

    @Test
    void aFlatImageIsBlankAndAWhiteOneSaturated() {
        byte[] grey = new byte[640 * 480 * 3];
        Arrays.fill(grey, (byte) 128);
        GateResult flat = GATES.blankOrSaturated(new RgbImage(640, 480, grey));
        assertThat(flat.passed()).isFalse();
        assertThat(flat.measurements().get(0).name()).isEqualTo("luminanceDeviation");
        assertThat(flat.measurements().get(0).passed()).isFalse();
        assertThat(flat.measurements().get(1).passed()).isTrue();

        byte[] white = new byte[640 * 480 * 3];
        Arrays.fill(white, (byte) 255);
        for (int i = 0; i < white.length / 2; i++) {
            white[i] = (byte) 100;
        }
        GateResult blownOut = GATES.blankOrSaturated(new RgbImage(640, 480, white));
        assertThat(blownOut.measurements().get(0).passed()).isTrue();
        assertThat(blownOut.measurements().get(1).value()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(blownOut.passed()).isFalse();

        assertThat(GATES.blankOrSaturated(room).passed()).isTrue();
    }

    @Test
    void identicalOptionsAreNotDistinctAndAnotherRoomIs() {
        GateResult same = GATES.distinctEnough(room, room);
        assertThat(same.passed()).isFalse();
        assertThat(same.primary().value()).isZero();

        GateResult slightlyBrighter = GATES.distinctEnough(room, transformed(room, "brighter"));
        assertThat(slightlyBrighter.primary().value()).isBetween(0.5, 3.0);
        assertThat(slightlyBrighter.passed()).isFalse();

        GateResult inverted = GATES.distinctEnough(room, transformed(room, "invert"));
        assertThat(inverted.passed()).isTrue();
    }

    private static RgbImage transformed(RgbImage image, String how) {
        try (PointerScope scope = new PointerScope()) {
            Mat source = OpenCvImages.rgbMat(image);
            Mat target = new Mat();
            switch (how) {
                case "flip" -> opencv_core.flip(source, target, 0);
                case "blur" -> opencv_imgproc.GaussianBlur(source, target, new Size(0, 0), 12);
                case "brighter" -> source.convertTo(target, -1, 1, 3);
                case "invert" -> opencv_core.bitwise_not(source, target);
                default -> throw new IllegalArgumentException(how);
            }
            return OpenCvImages.rgbImage(target);
        }
    }
}
