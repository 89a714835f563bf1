package io.remo.imaging;

import static io.remo.imaging.TestBytes.ascii;
import static io.remo.imaging.TestBytes.box;
import static io.remo.imaging.TestBytes.concat;
import static io.remo.imaging.TestBytes.fullBox;
import static io.remo.imaging.TestBytes.riffChunk;
import static io.remo.imaging.TestBytes.u16be;
import static io.remo.imaging.TestBytes.u24le;
import static io.remo.imaging.TestBytes.u32be;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.testing.HostileUploads;
import java.util.Arrays;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;

class ImageHeaderTest {

    @Test
    void jpegSizeComesFromTheFrameHeaderPastApplicationSegments() {
        byte[] jpeg = HostileUploads.jpegWithExifOrientation(HostileUploads.jpeg(333, 217), 6);
        assertThat(ImageHeader.read(jpeg)).isEqualTo(new ImageHeader(ImageFormat.JPEG, 333, 217, 6));
    }

    @Test
    void progressiveJpegSizeComesFromSof2() {
        byte[] jpeg = opencvEncode(".jpg", 301, 199, opencv_imgcodecs.IMWRITE_JPEG_PROGRESSIVE, 1);
        assertThat(jpeg).containsSequence((byte) 0xFF, (byte) 0xC2);
        assertThat(ImageHeader.read(jpeg)).isEqualTo(new ImageHeader(ImageFormat.JPEG, 301, 199, 1));
    }

    @Test
    void pngSizeComesFromIhdr() {
        assertThat(ImageHeader.read(HostileUploads.png(123, 45))).isEqualTo(new ImageHeader(ImageFormat.PNG, 123, 45, 1));
        ImageHeader bomb = ImageHeader.read(HostileUploads.pngDimensionBomb());
        assertThat(bomb.pixels()).isEqualTo(2_500_000_000L);
    }

    @Test
    void webpSizeComesFromVp8Vp8lOrVp8x() {
        assertThat(ImageHeader.read(opencvEncode(".webp", 321, 123, opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 80)))
                .isEqualTo(new ImageHeader(ImageFormat.WEBP, 321, 123, 1));
        byte[] lossless = opencvEncode(".webp", 1000, 16383, opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 101);
        assertThat(Arrays.copyOfRange(lossless, 12, 16)).isEqualTo(ascii("VP8L"));
        assertThat(ImageHeader.read(lossless)).isEqualTo(new ImageHeader(ImageFormat.WEBP, 1000, 16383, 1));

        byte[] extended = extendedWebp(321, 123, 8);
        assertThat(ImageHeader.read(extended)).isEqualTo(new ImageHeader(ImageFormat.WEBP, 321, 123, 8));
    }

    @Test
    void extendedWebpWhoseBitstreamIsLargerThanItsCanvasIsRefused() {
        byte[] vp8 = vp8Chunk(opencvEncode(".webp", 400, 300, opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 80));
        byte[] lying = TestBytes.webp(vp8x(40, 30, 0), vp8);
        // The header alone is readable; the structure behind it is what is wrong.
        assertThat(ImageHeader.read(lying).pixels()).isEqualTo(1200);
        assertThat(ImageStructure.parse(lying).defect().code()).isEqualTo(RejectionCode.CORRUPT_IMAGE);
    }

    @Test
    void heicSizeIsThePrimaryItemsNotTheFirstOrLargestSeen() {
        assertThat(ImageHeader.read(HostileUploads.heic(4032, 3024))).isEqualTo(new ImageHeader(ImageFormat.HEIC, 4032, 3024, 1));
        // Primary item 1 is 1000 x 800; item 2, larger, is listed first.
        assertThat(ImageHeader.read(heif(true, false))).extracting(ImageHeader::width, ImageHeader::height).containsExactly(1000, 800);
        assertThat(ImageHeader.read(heif(true, true))).extracting(ImageHeader::width, ImageHeader::height).containsExactly(1000, 800);
    }

    @Test
    void heicWithoutPrimaryItemTakesTheLargestSize() {
        assertThat(ImageHeader.read(heif(false, false))).extracting(ImageHeader::width, ImageHeader::height).containsExactly(4000, 3000);
    }

    @Test
    void malformedHeadersAreRejectedWithACode() {
        assertRejected(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8}, RejectionCode.TRUNCATED_IMAGE);
        // An SOS before any frame header.
        assertRejected(concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2}, new byte[10]),
                RejectionCode.CORRUPT_IMAGE);
        // A segment length of 1.
        assertRejected(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 1, 0, 0}, RejectionCode.CORRUPT_IMAGE);
        byte[] png = HostileUploads.png(10, 10);
        assertRejected(Arrays.copyOf(png, 20), RejectionCode.TRUNCATED_IMAGE);
        byte[] zeroWidth = png.clone();
        Arrays.fill(zeroWidth, 16, 20, (byte) 0);
        assertRejected(zeroWidth, RejectionCode.CORRUPT_IMAGE);
        byte[] hugeWidth = png.clone();
        Arrays.fill(hugeWidth, 16, 20, (byte) 0xFF);
        assertRejected(hugeWidth, RejectionCode.CORRUPT_IMAGE);
        assertRejected(TestBytes.webp(riffChunk("JUNK", new byte[4])), RejectionCode.CORRUPT_IMAGE);
        assertRejected(concat(box("ftyp", ascii("heic"), u32be(0)), box("mdat", new byte[8])), RejectionCode.CORRUPT_IMAGE);
        assertRejected(new byte[0], RejectionCode.EMPTY_FILE);
        assertRejected(HostileUploads.gif(), RejectionCode.UNSUPPORTED_IMAGE_TYPE);
        assertRejected(HostileUploads.zip(), RejectionCode.POLYGLOT_FILE);
        assertRejected(HostileUploads.pdf(), RejectionCode.POLYGLOT_FILE);
        assertRejected(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}, HostileUploads.html()), RejectionCode.POLYGLOT_FILE);
    }

    static void assertRejected(byte[] bytes, RejectionCode code) {
        assertThatThrownBy(() -> ImageHeader.read(bytes)).isInstanceOf(ImageRejectedException.class)
                .extracting(e -> ((ImageRejectedException) e).code()).isEqualTo(code);
    }

    /** A VP8X file around a lossy bitstream, with an EXIF chunk carrying the orientation. */
    static byte[] extendedWebp(int width, int height, int orientation) {
        byte[] vp8 = vp8Chunk(opencvEncode(".webp", width, height, opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 80));
        byte[] exif = riffChunk("EXIF", TestBytes.tiffWithOrientation(orientation));
        return TestBytes.webp(vp8x(width, height, 0x08), vp8, exif);
    }

    static byte[] vp8x(int width, int height, int flags) {
        return riffChunk("VP8X", concat(new byte[] {(byte) flags, 0, 0, 0}, u24le(width - 1), u24le(height - 1)));
    }

    /** The VP8 chunk of a simple lossy WebP as OpenCV writes it. */
    static byte[] vp8Chunk(byte[] simpleWebp) {
        assertThat(Arrays.copyOfRange(simpleWebp, 12, 16)).isEqualTo(ascii("VP8 "));
        return Arrays.copyOfRange(simpleWebp, 12, simpleWebp.length);
    }

    static byte[] opencvEncode(String extension, int width, int height, int parameter, int value) {
        try (Scalar gray = new Scalar(90, 120, 150, 0); Mat image = new Mat(height, width, opencv_core.CV_8UC3, gray);
                BytePointer buffer = new BytePointer(); IntPointer parameters = new IntPointer(parameter, value)) {
            opencv_imgcodecs.imencode(extension, image, buffer, parameters);
            byte[] bytes = new byte[(int) buffer.limit()];
            buffer.get(bytes);
            return bytes;
        }
    }

    /**
     * A HEIF file with item 1 (1000 x 800, property 2) and item 2 (4000 x 3000, property 1, listed first); with a
     * pitm naming item 1 when asked, and 15-bit property indices (ipma flag 1) when asked.
     */
    private static byte[] heif(boolean declarePrimary, boolean wideIndices) {
        byte[] ipco = box("ipco", fullBox("ispe", 0, 0, u32be(4000), u32be(3000)), fullBox("ispe", 0, 0, u32be(1000), u32be(800)));
        byte[] ipma = wideIndices
                ? fullBox("ipma", 1, 1, u32be(2), u32be(1), new byte[] {1}, u16be(0x8002), u32be(2), new byte[] {1}, u16be(0x8001))
                : fullBox("ipma", 0, 0, u32be(2), u16be(1), new byte[] {1, (byte) 0x82}, u16be(2), new byte[] {1, (byte) 0x81});
        byte[] pitm = declarePrimary ? fullBox("pitm", 0, 0, u16be(1)) : new byte[0];
        byte[] meta = fullBox("meta", 0, 0, fullBox("hdlr", 0, 0, new byte[4], ascii("pict"), new byte[13]), pitm,
                box("iprp", ipco, ipma));
        return concat(box("ftyp", ascii("heic"), u32be(0), ascii("mif1")), meta, box("mdat", new byte[16]));
    }
}
