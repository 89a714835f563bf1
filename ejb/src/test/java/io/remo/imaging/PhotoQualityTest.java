package io.remo.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.testing.HostileUploads;
import io.remo.testing.SyntheticRoom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoQualityTest {

    private static final long MAX_PIXELS = 50_000_000;
    private final PhotoQuality quality = new PhotoQuality(PhotoQuality.Thresholds.DEFAULTS, MAX_PIXELS);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void syntheticRoomsPass(long seed) {
        PhotoAssessment assessment = quality.assess(SyntheticRoom.jpeg(1600, 1200, seed), List.of());
        assertThat(assessment.problems()).isEmpty();
        assertThat(assessment.acceptable()).isTrue();
        assertThat(PhotoQuality.Thresholds.DEFAULTS.room().met(assessment.room())).isTrue();
    }

    @Test
    void phonePhotosPassWhateverTheirResolutionOrOrientation() {
        PhotoAssessment landscape = quality.assess(SyntheticRoom.jpeg(4032, 3024, 11), List.of());
        assertThat(landscape.problems()).isEmpty();
        assertThat(landscape.longSide()).isEqualTo(4032);

        PhotoAssessment portrait = quality.assess(SyntheticRoom.jpeg(3024, 4032, 12), List.of());
        assertThat(portrait.problems()).isEmpty();

        // Stored sideways with orientation 6, as phones do: judged upright.
        byte[] sideways = HostileUploads.jpegWithExifOrientation(SyntheticRoom.jpeg(1600, 1200, 13), 6);
        PhotoAssessment turned = quality.assess(sideways, List.of());
        assertThat(turned.width()).isEqualTo(1200);
        assertThat(turned.height()).isEqualTo(1600);

        assertThat(quality.assess(SyntheticRoom.jpeg(1024, 768, 14), List.of()).problems()).isEmpty();
        assertThat(quality.assess(ImageCodec.encodePng(SyntheticRoom.rgb(1280, 960, 15)), List.of()).problems()).isEmpty();
    }

    static Stream<Arguments> nonRooms() {
        return Stream.of(
                Arguments.of("flat colour field", (Supplier<byte[]>) NonRooms::flatField),
                Arguments.of("smooth gradient", (Supplier<byte[]>) NonRooms::gradient),
                Arguments.of("random noise", (Supplier<byte[]>) NonRooms::noise),
                Arguments.of("landscape", (Supplier<byte[]>) NonRooms::landscape),
                Arguments.of("face close-up", (Supplier<byte[]>) NonRooms::face),
                Arguments.of("textured disc close-up", (Supplier<byte[]>) NonRooms::texturedDisc),
                Arguments.of("text on paper", (Supplier<byte[]>) NonRooms::textOnPaper),
                Arguments.of("colour-block painting", (Supplier<byte[]>) NonRooms::mondrian));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonRooms")
    void nonRoomsAreNotRooms(String name, Supplier<byte[]> photo) {
        PhotoAssessment assessment = quality.assess(photo.get(), List.of());
        assertThat(PhotoQuality.Thresholds.DEFAULTS.room().met(assessment.room())).isFalse();
        assertThat(assessment.problems()).contains(PhotoProblem.NOT_A_ROOM);
        assertThat(assessment.acceptable()).isFalse();
    }

    /** Each criterion carries weight: the painting has a room's lines, only its colours give it away. */
    @Test
    void colourDecidesForAPaintingOfStraightLines() {
        RoomEvidence painting = quality.assess(NonRooms.mondrian(), List.of()).room();
        RoomCriteria defaults = RoomCriteria.DEFAULTS;
        RoomCriteria colourBlind = new RoomCriteria(defaults.minEdgeDensity(), defaults.maxEdgeDensity(), defaults.minLines(),
                defaults.minVerticalShare(), defaults.minHorizontalShare(), defaults.minUprightShare(),
                defaults.minConvergingLines(), Double.MAX_VALUE);
        assertThat(colourBlind.met(painting)).isTrue();
        assertThat(defaults.met(painting)).isFalse();
        // Text lines are all horizontal: no verticals.
        assertThat(quality.assess(NonRooms.textOnPaper(), List.of()).room().verticalShare()).isLessThan(defaults.minVerticalShare());
        // Perspective: the synthetic room's floor boards converge on its vanishing point.
        assertThat(quality.assess(SyntheticRoom.jpeg(1600, 1200, 3), List.of()).room().convergingLines())
                .isGreaterThanOrEqualTo(defaults.minConvergingLines());
    }

    @Test
    void smallPhotosAreTooSmallButNotCalledBlurry() {
        PhotoAssessment small = quality.assess(SyntheticRoom.jpeg(800, 600, 2), List.of());
        assertThat(small.problems()).containsExactly(PhotoProblem.PHOTO_TOO_SMALL);
    }

    @Test
    void focusBlurAndShakeAreBlurry() {
        RgbImage room = SyntheticRoom.rgb(1600, 1200, 4);
        byte[] outOfFocus = ImageCodec.encodeJpeg(filtered(room, image -> {
            try (Size automatic = new Size(0, 0)) {
                opencv_imgproc.GaussianBlur(image, image, automatic, 4);
            }
        }), 90);
        byte[] shaken = ImageCodec.encodeJpeg(filtered(room, image -> {
            // A horizontal smear of 32 px (2 % of the width): edges across it stay sharp, the full Laplacian misses it.
            try (Scalar weight = new Scalar(1.0 / 32); Mat kernel = new Mat(1, 32, opencv_core.CV_32F, weight)) {
                opencv_imgproc.filter2D(image, image, -1, kernel);
            }
        }), 90);
        PhotoAssessment sharp = quality.assess(ImageCodec.encodeJpeg(room, 90), List.of());
        PhotoAssessment blurred = quality.assess(outOfFocus, List.of());
        PhotoAssessment smeared = quality.assess(shaken, List.of());
        assertThat(sharp.problems()).isEmpty();
        assertThat(blurred.problems()).startsWith(PhotoProblem.PHOTO_BLURRY);
        assertThat(smeared.problems()).startsWith(PhotoProblem.PHOTO_BLURRY);
        assertThat(blurred.sharpness()).isLessThan(sharp.sharpness() / 4);
        assertThat(smeared.sharpness()).isLessThan(sharp.sharpness() / 4);
    }

    @Test
    void exposure() {
        RgbImage room = SyntheticRoom.rgb(1600, 1200, 5);
        PhotoAssessment dark = quality.assess(ImageCodec.encodeJpeg(scaled(room, 0.2), 90), List.of());
        PhotoAssessment bright = quality.assess(ImageCodec.encodeJpeg(scaled(room, 2.0), 90), List.of());
        PhotoAssessment dim = quality.assess(ImageCodec.encodeJpeg(scaled(room, 0.5), 90), List.of());
        assertThat(dark.problems()).containsExactly(PhotoProblem.PHOTO_TOO_DARK);
        assertThat(bright.problems()).containsExactly(PhotoProblem.PHOTO_TOO_BRIGHT);
        assertThat(bright.brightFraction()).isGreaterThan(0.35);
        // A dim room is still a sharp room: contrast is normalised before sharpness and edges are measured.
        assertThat(dim.problems()).isEmpty();
        assertThat(dim.meanLuminance()).isBetween(60.0, 100.0);
    }

    @Test
    void copiesOfAPhotoAreDuplicatesOtherRoomsAreNot() {
        byte[] original = SyntheticRoom.jpeg(4032, 3024, 1);
        RgbImage pixels = ImageCodec.decode(original, MAX_PIXELS);
        PerceptualHash first = quality.assess(original, List.of()).hash();

        List<byte[]> copies = List.of(ImageCodec.encodeJpeg(pixels, 60), ImageCodec.encodeJpeg(ImageCodec.resizeToLongSide(pixels, 1000), 85),
                ImageCodec.encodeJpeg(scaled(pixels, 1.1), 85), ImageCodec.encodeWebp(ImageCodec.resizeToLongSide(pixels, 2000), 80));
        for (byte[] copy : copies) {
            PhotoAssessment assessment = quality.assess(copy, List.of(first));
            assertThat(assessment.problems()).contains(PhotoProblem.PHOTO_DUPLICATE);
            assertThat(assessment.nearestDistance().orElseThrow()).isLessThanOrEqualTo(2);
        }

        List<PerceptualHash> otherRooms = Stream.of(2, 3, 5)
                .map(seed -> quality.assess(SyntheticRoom.jpeg(2016, 1512, seed), List.of()).hash()).toList();
        PhotoAssessment next = quality.assess(original, otherRooms);
        assertThat(next.problems()).isEmpty();
        assertThat(next.nearestDistance().orElseThrow()).isGreaterThan(PhotoQuality.Thresholds.DEFAULTS.maxDuplicateDistance() + 2);
        assertThat(quality.assess(original, List.of()).nearestDistance()).isEmpty();
    }

    @Test
    void perceptualHashesAreStoredAsHex() {
        PerceptualHash hash = new PerceptualHash(0x8000_0000_0000_00F1L);
        assertThat(hash.toHex()).isEqualTo("80000000000000f1");
        assertThat(PerceptualHash.fromHex(hash.toHex())).isEqualTo(hash);
        assertThat(hash.distance(new PerceptualHash(0x0000_0000_0000_00F0L))).isEqualTo(2);
        assertThatThrownBy(() -> PerceptualHash.fromHex("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdsAreTheCallers() {
        PhotoQuality.Thresholds strict = new PhotoQuality.Thresholds(2000, 6, 45, 230, 0.5, 0.35, 4, RoomCriteria.DEFAULTS);
        assertThat(new PhotoQuality(strict, MAX_PIXELS).assess(SyntheticRoom.jpeg(1600, 1200, 6), List.of()).problems())
                .containsExactly(PhotoProblem.PHOTO_TOO_SMALL);
        assertThatThrownBy(() -> new PhotoQuality(PhotoQuality.Thresholds.DEFAULTS, 1_000_000).assess(SyntheticRoom.jpeg(1600, 1200, 6), List.of()))
                .extracting(e -> ((ImageRejectedException) e).code()).isEqualTo(RejectionCode.IMAGE_TOO_LARGE);
        assertThatThrownBy(() -> quality.assess(HostileUploads.heic(4032, 3024), List.of()))
                .extracting(e -> ((ImageRejectedException) e).code()).isEqualTo(RejectionCode.UNSUPPORTED_IMAGE_ENCODING);
    }

    @Test
    void everyProblemSaysWhatToDo() {
        Set<String> advice = Arrays.stream(PhotoProblem.values()).map(PhotoProblem::advice).collect(Collectors.toSet());
        assertThat(advice).hasSize(PhotoProblem.values().length).allSatisfy(sentence -> assertThat(sentence).endsWith("."));
    }

    private static RgbImage scaled(RgbImage image, double gain) {
        return filtered(image, mat -> mat.convertTo(mat, -1, gain, 0));
    }

    private static RgbImage filtered(RgbImage image, Consumer<Mat> operation) {
        try (Mat bgr = OpenCvImages.toBgrMat(image)) {
            operation.accept(bgr);
            return OpenCvImages.fromBgrMat(bgr);
        }
    }
}
