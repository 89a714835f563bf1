package io.remo.imaging;

import static io.remo.imaging.TestBytes.concat;
import static io.remo.imaging.TestBytes.riffChunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.testing.HostileUploads;
import io.remo.testing.SyntheticRoom;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UploadInspectorTest {

    private static final long MAX_BYTES = 4_000_000;
    private static final UploadLimits LIMITS = new UploadLimits(MAX_BYTES, 50_000_000, 256 * 1024);
    private final UploadInspector inspector = new UploadInspector(LIMITS);

    static Stream<HostileUploads.Upload> corpus() {
        return HostileUploads.corpus(MAX_BYTES).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileUploadGetsItsCode(HostileUploads.Upload upload) {
        if (upload.expectedCode().isPresent()) {
            assertThatThrownBy(() -> inspector.inspect(upload.bytes())).isInstanceOf(ImageRejectedException.class)
                    .extracting(e -> ((ImageRejectedException) e).code().name()).isEqualTo(upload.expectedCode().get());
        } else {
            assertThat(inspector.inspect(upload.bytes()).byteSize()).isEqualTo(upload.bytes().length);
        }
    }

    @Test
    void theContentDecidesTheFormatNotTheName() {
        assertThat(inspector.inspect(HostileUploads.pngNamedJpg()).format()).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void secondaryImagesOfAMultiPictureJpegBelongToIt() {
        byte[] withGainMap = HostileUploads.jpegWithGainMap();
        InspectedUpload upload = inspector.inspect(withGainMap);
        assertThat(upload.width()).isEqualTo(640);
        // Both images' JFIF segments and the MPF index.
        assertThat(upload.metadataBytes()).isEqualTo(18 + 22 + 18);
        assertThat(ImageCodec.decode(withGainMap, 50_000_000).width()).isEqualTo(640);
        assertRejected(concat(withGainMap, HostileUploads.zip()), RejectionCode.POLYGLOT_FILE);
        assertRejected(Arrays.copyOf(withGainMap, withGainMap.length - 100), RejectionCode.TRUNCATED_IMAGE);
    }

    @Test
    void acceptsPhotosInEachDecodableFormat() {
        byte[] room = SyntheticRoom.jpeg(4032, 3024, 3);
        assertThat(inspector.inspect(room)).isEqualTo(new InspectedUpload(ImageFormat.JPEG, 4032, 3024, 1, room.length, 18));
        assertThat(inspector.inspect(HostileUploads.png(640, 480))).extracting(InspectedUpload::format, InspectedUpload::width)
                .containsExactly(ImageFormat.PNG, 640);
        assertThat(inspector.inspect(HostileUploads.webp(640, 480))).extracting(InspectedUpload::format, InspectedUpload::height)
                .containsExactly(ImageFormat.WEBP, 480);
    }

    @Test
    void reportsOrientationAndTheUprightSize() {
        InspectedUpload portrait = inspector.inspect(HostileUploads.jpegWithExifOrientation(HostileUploads.jpeg(400, 300), 6));
        assertThat(portrait.orientation()).isEqualTo(6);
        assertThat(portrait.uprightWidth()).isEqualTo(300);
        assertThat(portrait.uprightHeight()).isEqualTo(400);
        assertThat(inspector.inspect(ImageHeaderTest.extendedWebp(64, 32, 5)).uprightWidth()).isEqualTo(32);
    }

    @Test
    void refusesDimensionBombsWithoutDecodingOrAllocating() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] png = HostileUploads.pngDimensionBomb();
        byte[] jpeg = HostileUploads.jpegDimensionBomb();
        assertThat(png.length).isLessThan(8 * 1024);
        assertThat(jpeg.length).isLessThan(8 * 1024);
        long before = threads.getCurrentThreadAllocatedBytes();
        assertRejected(png, RejectionCode.IMAGE_TOO_LARGE);
        assertRejected(jpeg, RejectionCode.IMAGE_TOO_LARGE);
        // 7.5 GB would be decoded; the checks cost kilobytes (exceptions and messages included).
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1024 * 1024);
        // Even when the bomb is also cut short: the size is the first thing to judge.
        assertRejected(Arrays.copyOf(png, 40), RejectionCode.IMAGE_TOO_LARGE);
    }

    @Test
    void thePixelLimitIsInclusive() {
        UploadInspector exact = new UploadInspector(new UploadLimits(MAX_BYTES, 640 * 480, 1024));
        assertThat(exact.inspect(HostileUploads.jpeg(640, 480)).width()).isEqualTo(640);
        assertThatThrownBy(() -> exact.inspect(HostileUploads.jpeg(641, 480))).extracting(e -> ((ImageRejectedException) e).code())
                .isEqualTo(RejectionCode.IMAGE_TOO_LARGE);
    }

    @Test
    void fileSizeLimitIsExact() {
        byte[] jpeg = HostileUploads.jpeg(320, 240);
        assertThat(new UploadInspector(new UploadLimits(jpeg.length, 1_000_000, 1024)).inspect(jpeg).byteSize()).isEqualTo(jpeg.length);
        assertThatThrownBy(() -> new UploadInspector(new UploadLimits(jpeg.length - 1, 1_000_000, 1024)).inspect(jpeg))
                .extracting(e -> ((ImageRejectedException) e).code()).isEqualTo(RejectionCode.FILE_TOO_LARGE);
    }

    @Test
    void metadataIsSummedOverSegmentsAndChunks() {
        // Ten 20 KB APP1 segments: each is small, together 200 KB.
        byte[] jpeg = HostileUploads.jpeg(320, 240);
        for (int i = 0; i < 10; i++) {
            jpeg = HostileUploads.jpegWithExifOrientation(jpeg, 1);
        }
        long exifSegments = inspector.inspect(jpeg).metadataBytes();
        assertThat(exifSegments).isEqualTo(18 + 10 * (4 + 6 + 26));
        byte[] png = HostileUploads.png(320, 240);
        byte[] text = concat(TestBytes.ascii("Comment\0"), new byte[300 * 1024]);
        byte[] withText = concat(Arrays.copyOf(png, 33), pngChunk("tEXt", text), Arrays.copyOfRange(png, 33, png.length));
        assertRejected(withText, RejectionCode.METADATA_TOO_LARGE);
        byte[] webp = ImageHeaderTest.extendedWebp(64, 64, 1);
        byte[] withXmp = concat(webp, riffChunk("XMP ", new byte[300 * 1024]));
        withXmp = fixRiffSize(withXmp);
        assertRejected(withXmp, RejectionCode.METADATA_TOO_LARGE);
        assertThat(new UploadInspector(new UploadLimits(MAX_BYTES, 50_000_000, 400 * 1024)).inspect(withXmp).metadataBytes())
                .isEqualTo(8 + 26 + 8 + 300 * 1024);
    }

    @Test
    void zeroPaddingAfterTheEndIsNotForeignContent() {
        byte[] padded = concat(HostileUploads.jpeg(320, 240), new byte[4096]);
        assertThat(inspector.inspect(padded).width()).isEqualTo(320);
        byte[] oneByte = concat(HostileUploads.jpeg(320, 240), new byte[] {1});
        assertRejected(oneByte, RejectionCode.POLYGLOT_FILE);
    }

    @Test
    void dataAfterPngAndWebpEndsIsForeignContent() {
        assertRejected(concat(HostileUploads.png(64, 64), HostileUploads.zip()), RejectionCode.POLYGLOT_FILE);
        assertRejected(concat(HostileUploads.webp(64, 64), HostileUploads.html()), RejectionCode.POLYGLOT_FILE);
        assertRejected(concat(HostileUploads.heic(640, 480), HostileUploads.zip()), RejectionCode.POLYGLOT_FILE);
        assertThatThrownBy(() -> inspector.inspect(concat(HostileUploads.jpeg(64, 64), HostileUploads.zip())))
                .hasMessageContaining("a ZIP archive");
    }

    @Test
    void extendedWebpWhoseBitstreamIsLargerThanItsCanvasIsCorrupt() {
        byte[] vp8 = ImageHeaderTest.vp8Chunk(ImageHeaderTest.opencvEncode(".webp", 400, 300,
                org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 80));
        assertRejected(TestBytes.webp(ImageHeaderTest.vp8x(40, 30, 0), vp8), RejectionCode.CORRUPT_IMAGE);
    }

    @Test
    void heicIsRecognisedAndRefusedForItsEncoding() {
        assertThatThrownBy(() -> inspector.inspect(HostileUploads.heic(4032, 3024)))
                .extracting(e -> ((ImageRejectedException) e).code()).isEqualTo(RejectionCode.UNSUPPORTED_IMAGE_ENCODING);
        assertRejected(HostileUploads.heic(50_000, 50_000), RejectionCode.IMAGE_TOO_LARGE);
    }

    /** Every prefix of valid files, and random byte damage: a rejection with a code or an acceptance, nothing else. */
    @Test
    void damagedFilesNeverEscapeAsOtherExceptions() {
        Random random = new Random(42);
        byte[][] originals = {HostileUploads.jpegWithExifOrientation(HostileUploads.jpeg(96, 64), 6), HostileUploads.png(96, 64),
            HostileUploads.webp(96, 64), ImageHeaderTest.extendedWebp(96, 64, 3), HostileUploads.heic(96, 64)};
        Set<RejectionCode> codes = EnumSet.noneOf(RejectionCode.class);
        for (byte[] original : originals) {
            for (int length = 0; length < original.length; length += 1 + length / 16) {
                inspectCollecting(Arrays.copyOf(original, length), codes);
            }
            for (int round = 0; round < 200; round++) {
                byte[] damaged = original.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    damaged[random.nextInt(Math.min(damaged.length, 200))] = (byte) random.nextInt(256);
                }
                inspectCollecting(damaged, codes);
            }
        }
        assertThat(codes).contains(RejectionCode.EMPTY_FILE, RejectionCode.TRUNCATED_IMAGE, RejectionCode.CORRUPT_IMAGE,
                RejectionCode.UNSUPPORTED_IMAGE_TYPE);
    }

    private void inspectCollecting(byte[] bytes, Set<RejectionCode> codes) {
        try {
            inspector.inspect(bytes);
        } catch (ImageRejectedException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            codes.add(expected.code());
        }
    }

    private void assertRejected(byte[] bytes, RejectionCode code) {
        assertThatThrownBy(() -> inspector.inspect(bytes)).isInstanceOf(ImageRejectedException.class)
                .extracting(e -> ((ImageRejectedException) e).code()).isEqualTo(code);
    }

    private static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(TestBytes.ascii(type));
        crc.update(data);
        return concat(TestBytes.u32be(data.length), TestBytes.ascii(type), data, TestBytes.u32be(crc.getValue()));
    }

    private static byte[] fixRiffSize(byte[] webp) {
        byte[] size = TestBytes.u32le(webp.length - 8L);
        System.arraycopy(size, 0, webp, 4, 4);
        return webp;
    }
}
