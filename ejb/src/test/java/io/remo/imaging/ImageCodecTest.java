package io.remo.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.remo.testing.HostileUploads;
import io.remo.testing.SyntheticRoom;
import java.util.Arrays;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageCodecTest {

    private static final long MAX_PIXELS = 50_000_000;
    private static final int[] RED = {230, 20, 20};
    private static final int[] GREEN = {20, 200, 40};
    private static final int[] BLUE = {30, 40, 220};
    private static final int[] WHITE = {240, 240, 240};

    @Test
    void decodesToRgbInRgbOrder() {
        RgbImage quadrants = quadrants(60, 40);
        RgbImage decoded = ImageCodec.decode(ImageCodec.encodePng(quadrants), MAX_PIXELS);
        assertThat(decoded).usingRecursiveComparison().isEqualTo(quadrants);
        assertThat(pixel(decoded, 0, 0)).containsExactly(RED);
    }

    /**
     * The stored image has red, green / blue, white quadrants; each EXIF orientation says how to show it. Expected
     * layouts follow the EXIF specification's table (6: the left column becomes the top row, read upwards).
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, RED, GREEN, BLUE, WHITE",
        "2, GREEN, RED, WHITE, BLUE",
        "3, WHITE, BLUE, GREEN, RED",
        "4, BLUE, WHITE, RED, GREEN",
        "5, RED, BLUE, GREEN, WHITE",
        "6, BLUE, RED, WHITE, GREEN",
        "7, WHITE, GREEN, BLUE, RED",
        "8, GREEN, WHITE, RED, BLUE"})
    void appliesTheExifOrientationOfAJpeg(int orientation, String topLeft, String topRight, String bottomLeft, String bottomRight) {
        byte[] stored = ImageCodec.encodeJpeg(quadrants(120, 80), 95);
        byte[] jpeg = HostileUploads.jpegWithExifOrientation(stored, orientation);

        RgbImage upright = ImageCodec.decode(jpeg, MAX_PIXELS);

        boolean turned = orientation >= 5;
        assertThat(upright.width()).isEqualTo(turned ? 80 : 120);
        assertThat(upright.height()).isEqualTo(turned ? 120 : 80);
        int w = upright.width();
        int h = upright.height();
        assertColour(pixel(upright, w / 4, h / 4), colour(topLeft));
        assertColour(pixel(upright, 3 * w / 4, h / 4), colour(topRight));
        assertColour(pixel(upright, w / 4, 3 * h / 4), colour(bottomLeft));
        assertColour(pixel(upright, 3 * w / 4, 3 * h / 4), colour(bottomRight));
        // OpenCV's own orientation handling agrees.
        try (BytePointer data = new BytePointer(jpeg); Mat buffer = new Mat(1, jpeg.length, opencv_core.CV_8UC1, data);
                Mat opencv = opencv_imgcodecs.imdecode(buffer, opencv_imgcodecs.IMREAD_COLOR_RGB)) {
            RgbImage reference = OpenCvImages.fromRgbMat(opencv);
            assertThat(reference.pixels()).isEqualTo(upright.pixels());
        }
    }

    @Test
    void pngAndWebpOrientationComesFromTheirExifChunks() {
        RgbImage upright = ImageCodec.decode(ImageHeaderTest.extendedWebp(64, 32, 6), MAX_PIXELS);
        assertThat(upright.width()).isEqualTo(32);
        assertThat(upright.height()).isEqualTo(64);
    }

    @Test
    void reEncodingStripsAllMetadata() {
        byte[] withExif = HostileUploads.jpegWithExifOrientation(SyntheticRoom.jpeg(800, 600, 5), 6);
        byte[] withComment = HostileUploads.jpegWithPdfInComment();
        assertThat(markers(withExif)).contains(0xE1);

        byte[] jpeg = ImageCodec.encodeJpeg(ImageCodec.decode(withExif, MAX_PIXELS), 85);
        assertThat(markers(jpeg)).doesNotContain(0xE1, 0xE2, 0xED, 0xFE).contains(0xE0);
        assertThat(ImageHeader.read(jpeg).orientation()).isEqualTo(1);
        assertThat(markers(ImageCodec.encodeJpeg(ImageCodec.decode(withComment, MAX_PIXELS), 85))).doesNotContain(0xFE);
        assertThat(ImageStructure.parse(ImageCodec.encodePng(ImageCodec.decode(withExif, MAX_PIXELS))).metadataBytes()).isZero();
        byte[] webp = ImageCodec.encodeWebp(ImageCodec.decode(ImageHeaderTest.extendedWebp(64, 32, 6), MAX_PIXELS), 80);
        assertThat(ImageStructure.parse(webp).metadataBytes()).isZero();
        assertThat(new String(webp, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("VP8 ");
    }

    @Test
    void reencodingBytesToBytesTurnsShrinksAndStrips() {
        byte[] sideways = HostileUploads.jpegWithExifOrientation(SyntheticRoom.jpeg(1600, 1200, 8), 6);
        byte[] upright = ImageCodec.reencodeJpeg(sideways, MAX_PIXELS, 1024, 85);
        assertThat(ImageHeader.read(upright)).isEqualTo(new ImageHeader(ImageFormat.JPEG, 768, 1024, 1));
        assertThat(markers(upright)).doesNotContain(0xE1);
        RgbImage viaPixels = ImageCodec.resizeToLongSide(ImageCodec.decode(sideways, MAX_PIXELS), 1024);
        assertThat(meanAbsoluteError(viaPixels, ImageCodec.decode(upright, MAX_PIXELS))).isLessThan(2.5);
        assertThat(ImageHeader.read(ImageCodec.reencodeJpeg(HostileUploads.png(300, 200), MAX_PIXELS, 1024, 85)).width()).isEqualTo(300);
        assertThatThrownBy(() -> ImageCodec.reencodeJpeg(HostileUploads.heic(640, 480), MAX_PIXELS, 1024, 85))
                .isInstanceOf(ImageRejectedException.class);
    }

    @Test
    void jpegQualityTradesSizeForFidelity() {
        RgbImage room = SyntheticRoom.rgb(800, 600, 2);
        byte[] low = ImageCodec.encodeJpeg(room, 40);
        byte[] high = ImageCodec.encodeJpeg(room, 95);
        assertThat(low.length).isLessThan(high.length);
        assertThat(meanAbsoluteError(room, ImageCodec.decode(high, MAX_PIXELS)))
                .isLessThan(meanAbsoluteError(room, ImageCodec.decode(low, MAX_PIXELS)));
        assertThat(meanAbsoluteError(room, ImageCodec.decode(ImageCodec.encodeWebp(room, 90), MAX_PIXELS))).isLessThan(3);
        assertThatThrownBy(() -> ImageCodec.encodeJpeg(room, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageCodec.encodeWebp(room, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    /** One-pixel black and white stripes halved: area averaging gives mid-grey, where sampling would keep stripes. */
    @Test
    void shrinkingAveragesAreas() {
        byte[] pixels = new byte[200 * 100 * 3];
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x += 2) {
                Arrays.fill(pixels, (y * 200 + x) * 3, (y * 200 + x) * 3 + 3, (byte) 255);
            }
        }
        RgbImage half = ImageCodec.resizeToLongSide(new RgbImage(200, 100, pixels), 100);
        assertThat(half.width()).isEqualTo(100);
        assertThat(half.height()).isEqualTo(50);
        for (byte value : half.pixels()) {
            assertThat(value & 0xFF).isBetween(127, 128);
        }
        RgbImage doubled = ImageCodec.resizeToLongSide(new RgbImage(200, 100, pixels), 400);
        assertThat(doubled.width()).isEqualTo(400);
        assertThat(doubled.height()).isEqualTo(200);
    }

    @Test
    void thumbnailsHaveALongSideOf400() {
        RgbImage portrait = SyntheticRoom.rgb(1200, 1600, 4);
        RgbImage thumbnail = ImageCodec.thumbnail(portrait);
        assertThat(thumbnail.width()).isEqualTo(300);
        assertThat(thumbnail.height()).isEqualTo(400);
        RgbImage small = SyntheticRoom.rgb(300, 200, 4);
        assertThat(ImageCodec.thumbnail(small)).isSameAs(small);
    }

    @Test
    void decodeResizedShrinksUprightPhotos() {
        byte[] photo = HostileUploads.jpegWithExifOrientation(SyntheticRoom.jpeg(4032, 3024, 1), 6);
        RgbImage small = ImageCodec.decodeResized(photo, MAX_PIXELS, 1024);
        assertThat(small.width()).isEqualTo(768);
        assertThat(small.height()).isEqualTo(1024);
        // Decoded at 1/2 then area-averaged, or in full then area-averaged: the same picture.
        RgbImage reference = ImageCodec.resizeToLongSide(ImageCodec.decode(photo, MAX_PIXELS), 1024);
        assertThat(meanAbsoluteError(reference, small)).isLessThan(1.5);
        RgbImage already = ImageCodec.decodeResized(HostileUploads.png(300, 200), MAX_PIXELS, 1024);
        assertThat(already.width()).isEqualTo(300);
    }

    @Test
    void decodeRefusesWhatItCannotOrMayNotDecode() {
        assertDecodeRejected(HostileUploads.heic(640, 480), MAX_PIXELS, RejectionCode.UNSUPPORTED_IMAGE_ENCODING);
        assertDecodeRejected(HostileUploads.jpeg(640, 480), 640 * 480 - 1, RejectionCode.IMAGE_TOO_LARGE);
        assertDecodeRejected(HostileUploads.truncatedJpeg(), MAX_PIXELS, RejectionCode.TRUNCATED_IMAGE);
        assertDecodeRejected(HostileUploads.corruptJpeg(), MAX_PIXELS, RejectionCode.CORRUPT_IMAGE);
        assertDecodeRejected(HostileUploads.corruptPng(), MAX_PIXELS, RejectionCode.CORRUPT_IMAGE);
        assertDecodeRejected(HostileUploads.gif(), MAX_PIXELS, RejectionCode.UNSUPPORTED_IMAGE_TYPE);
    }

    @Test
    void matConversionsSwapRgbAndBgr() {
        RgbImage red = new RgbImage(2, 1, new byte[] {(byte) 255, 0, 0, (byte) 255, 0, 0});
        try (Mat bgr = OpenCvImages.toBgrMat(red)) {
            UByteIndexer pixels = bgr.createIndexer();
            assertThat(new int[] {pixels.get(0, 0, 0), pixels.get(0, 0, 1), pixels.get(0, 0, 2)}).containsExactly(0, 0, 255);
            pixels.close();
            assertThat(OpenCvImages.fromBgrMat(bgr)).usingRecursiveComparison().isEqualTo(red);
        }
        GrayImage ramp = new GrayImage(3, 2, new byte[] {0, 50, 100, (byte) 150, (byte) 200, (byte) 250});
        try (Mat gray = OpenCvImages.toGrayMat(ramp)) {
            assertThat(gray.type()).isEqualTo(opencv_core.CV_8UC1);
            assertThat(OpenCvImages.fromGrayMat(gray)).usingRecursiveComparison().isEqualTo(ramp);
            assertThatThrownBy(() -> OpenCvImages.fromBgrMat(gray)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    static RgbImage quadrants(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] colour = y < height / 2 ? (x < width / 2 ? RED : GREEN) : (x < width / 2 ? BLUE : WHITE);
                for (int c = 0; c < 3; c++) {
                    pixels[(y * width + x) * 3 + c] = (byte) colour[c];
                }
            }
        }
        return new RgbImage(width, height, pixels);
    }

    static double meanAbsoluteError(RgbImage a, RgbImage b) {
        assertThat(b.width()).isEqualTo(a.width());
        assertThat(b.height()).isEqualTo(a.height());
        long sum = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            sum += Math.abs((a.pixels()[i] & 0xFF) - (b.pixels()[i] & 0xFF));
        }
        return (double) sum / a.pixels().length;
    }

    /** The markers of a JPEG's segments up to the first scan. */
    static java.util.List<Integer> markers(byte[] jpeg) {
        java.util.List<Integer> markers = new java.util.ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) != 0xDA) {
            markers.add(jpeg[pos + 1] & 0xFF);
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF);
        }
        return markers;
    }

    private static int[] pixel(RgbImage image, int x, int y) {
        int i = (y * image.width() + x) * 3;
        return new int[] {image.pixels()[i] & 0xFF, image.pixels()[i + 1] & 0xFF, image.pixels()[i + 2] & 0xFF};
    }

    private static int[] colour(String name) {
        return switch (name) {
            case "RED" -> RED;
            case "GREEN" -> GREEN;
            case "BLUE" -> BLUE;
            case "WHITE" -> WHITE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void assertColour(int[] actual, int[] expected) {
        for (int c = 0; c < 3; c++) {
            assertThat(actual[c]).isCloseTo(expected[c], within(12));
        }
    }

    private static void assertDecodeRejected(byte[] bytes, long maxPixels, RejectionCode code) {
        assertThatThrownBy(() -> ImageCodec.decode(bytes, maxPixels)).isInstanceOf(ImageRejectedException.class)
                .extracting(e -> ((ImageRejectedException) e).code()).isEqualTo(code);
    }
}
