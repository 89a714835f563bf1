package io.remo.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Files an attacker, a broken phone or a confused client might upload, built in memory: each is small (a few KB,
 * except the deliberately large ones) and deterministic. Depends on the JDK and OpenCV only, so the integration tests
 * can post them to the real API; {@link #corpus(long)} lists them with the problem code each must produce.
 */
public final class HostileUploads {

    /** A file as a client would post it: the name and type are the client's claims, only the bytes are evidence. */
    public record Upload(String name, String fileName, String contentType, byte[] bytes, Optional<String> expectedCode) {
    }

    public static final int BOMB_SIDE = 50_000;
    /** The metadata in {@link #jpegWithHugeExif()}: enough to exceed any sane limit, in 64 KB APP1 segments. */
    public static final int HUGE_EXIF_BYTES = 1 << 20;

    private static final int MAX_SEGMENT_DATA = 0xFFFF - 2;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private HostileUploads() {
    }

    /**
     * Every case with the code it must be refused with, or none for those that must be accepted. Assumes the limits
     * under test: {@code maxBytes} per file (at least 2 MB, so that the 1 MB EXIF case is judged for its metadata),
     * less than 1 MB of metadata (and more than a few KB), and less than 2.5 gigapixels.
     */
    public static List<Upload> corpus(long maxBytes) {
        return List.of(
                upload("empty file", "room.jpg", "image/jpeg", emptyFile(), "EMPTY_FILE"),
                upload("truncated JPEG", "room.jpg", "image/jpeg", truncatedJpeg(), "TRUNCATED_IMAGE"),
                upload("PNG without IEND", "room.png", "image/png", pngWithoutEnd(), "TRUNCATED_IMAGE"),
                upload("WebP with RIFF size past the data", "room.webp", "image/webp", webpWithRiffLongerThanData(), "TRUNCATED_IMAGE"),
                new Upload("PNG named .jpg", "room.jpg", "image/jpeg", pngNamedJpg(), Optional.empty()),
                new Upload("path-traversal file name", "../../../../etc/cron.d/remo.jpg", "image/jpeg", jpeg(320, 240),
                        Optional.empty()),
                new Upload("JPEG with an HDR gain map (MPF)", "room.jpg", "image/jpeg", jpegWithGainMap(), Optional.empty()),
                upload("JPEG + JPEG without MPF index", "room.jpg", "image/jpeg", concat(jpeg(320, 240), jpeg(80, 60)), "POLYGLOT_FILE"),
                upload("JPEG + ZIP polyglot", "room.jpg", "image/jpeg", jpegWithZip(), "POLYGLOT_FILE"),
                upload("JPEG + HTML", "room.jpg", "image/jpeg", jpegWithHtml(), "POLYGLOT_FILE"),
                upload("JPEG + PDF", "room.jpg", "image/jpeg", jpegWithPdf(), "POLYGLOT_FILE"),
                upload("PDF inside a JPEG comment", "room.jpg", "image/jpeg", jpegWithPdfInComment(), "POLYGLOT_FILE"),
                upload("ZIP named .jpg", "room.jpg", "image/jpeg", zip(), "POLYGLOT_FILE"),
                upload("HTML named .jpg", "room.jpg", "image/jpeg", html(), "POLYGLOT_FILE"),
                upload("GIF", "room.gif", "image/gif", gif(), "UNSUPPORTED_IMAGE_TYPE"),
                upload("PNG header of 50000 x 50000", "room.png", "image/png", pngDimensionBomb(), "IMAGE_TOO_LARGE"),
                upload("JPEG frame header of 50000 x 50000", "room.jpg", "image/jpeg", jpegDimensionBomb(), "IMAGE_TOO_LARGE"),
                upload("oversize JPEG", "room.jpg", "image/jpeg", oversizeJpeg(maxBytes + 1), "FILE_TOO_LARGE"),
                upload("JPEG with 1 MB of EXIF", "room.jpg", "image/jpeg", jpegWithHugeExif(), "METADATA_TOO_LARGE"),
                upload("JPEG with a bogus Huffman table", "room.jpg", "image/jpeg", corruptJpeg(), "CORRUPT_IMAGE"),
                upload("PNG with a damaged IDAT", "room.png", "image/png", corruptPng(), "CORRUPT_IMAGE"),
                upload("HEIC", "room.heic", "image/heic", heic(4032, 3024), "UNSUPPORTED_IMAGE_ENCODING"));
    }

    private static Upload upload(String name, String fileName, String contentType, byte[] bytes, String expectedCode) {
        return new Upload(name, fileName, contentType, bytes, Optional.of(expectedCode));
    }

    /** A valid JPEG of an indoor-looking scene: gradients, shapes and sensor noise, so that it compresses like a photo. */
    public static byte[] jpeg(int width, int height) {
        try (Mat bgr = scene(width, height)) {
            return encode(bgr, ".jpg", opencv_imgcodecs.IMWRITE_JPEG_QUALITY, 90);
        }
    }

    public static byte[] png(int width, int height) {
        try (Mat bgr = scene(width, height)) {
            return encode(bgr, ".png", opencv_imgcodecs.IMWRITE_PNG_COMPRESSION, 3);
        }
    }

    public static byte[] webp(int width, int height) {
        try (Mat bgr = scene(width, height)) {
            return encode(bgr, ".webp", opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 85);
        }
    }

    public static byte[] emptyFile() {
        return new byte[0];
    }

    /** A JPEG cut off in the middle of its image data: the frame header is there, EOI is not. */
    public static byte[] truncatedJpeg() {
        byte[] jpeg = jpeg(640, 480);
        return Arrays.copyOf(jpeg, jpeg.length * 3 / 5);
    }

    /** A PNG whose last chunk, IEND, is missing. */
    public static byte[] pngWithoutEnd() {
        byte[] png = png(320, 240);
        return Arrays.copyOf(png, png.length - 12);
    }

    /** A WebP whose RIFF header declares more bytes than the file has. */
    public static byte[] webpWithRiffLongerThanData() {
        byte[] webp = webp(320, 240);
        return Arrays.copyOf(webp, webp.length - 100);
    }

    /** PNG content in a file the client calls "room.jpg": a valid image, to be taken as PNG. */
    public static byte[] pngNamedJpg() {
        return png(320, 240);
    }

    /** A JPEG followed by a ZIP archive (holding an HTML page): a viewer shows the photo, an unzipper the archive. */
    public static byte[] jpegWithZip() {
        return concat(jpeg(320, 240), zip());
    }

    public static byte[] jpegWithHtml() {
        return concat(jpeg(320, 240), html());
    }

    public static byte[] jpegWithPdf() {
        return concat(jpeg(320, 240), pdf());
    }

    /** A JPEG whose first segment is a comment holding a PDF: PDF readers look for the header in the first 1 KB. */
    public static byte[] jpegWithPdfInComment() {
        return withSegmentsAfterSoi(jpeg(320, 240), 0xFE, List.of(pdf()));
    }

    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(html());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>fetch('/api/v1/projects')</script></body></html>\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] pdf() {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
                + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A 1 x 1 GIF: a real image, in a format the service does not take. */
    public static byte[] gif() {
        return new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 'D', 1, 0, ';'};
    }

    /**
     * A structurally complete PNG declaring 50,000 x 50,000 RGB pixels (7.5 GB decoded) in a few KB: a few rows of
     * zeros, deflated, then IEND. A decoder that trusts the header allocates the whole image.
     */
    public static byte[] pngDimensionBomb() {
        int rowBytes = 1 + BOMB_SIDE * 3;
        byte[] rows = new byte[rowBytes * 8];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(rows);
        deflater.finish();
        byte[] buffer = new byte[64 * 1024];
        int length = deflater.deflate(buffer);
        if (!deflater.finished()) {
            throw new IllegalStateException("the compressed rows do not fit the buffer");
        }
        deflater.end();
        byte[] header = new byte[13];
        putInt(header, 0, BOMB_SIDE);
        putInt(header, 4, BOMB_SIDE);
        header[8] = 8;
        header[9] = 2;
        return concat(PNG_SIGNATURE, pngChunk("IHDR", header), pngChunk("IDAT", Arrays.copyOf(buffer, length)),
                pngChunk("IEND", new byte[0]));
    }

    /** A small valid JPEG whose frame header is rewritten to 50,000 x 50,000. */
    public static byte[] jpegDimensionBomb() {
        byte[] jpeg = jpeg(64, 64);
        int sof = findMarker(jpeg, 0xC0);
        jpeg[sof + 5] = (byte) (BOMB_SIDE >> 8);
        jpeg[sof + 6] = (byte) BOMB_SIDE;
        jpeg[sof + 7] = (byte) (BOMB_SIDE >> 8);
        jpeg[sof + 8] = (byte) BOMB_SIDE;
        return jpeg;
    }

    /** A valid JPEG of at least {@code minBytes}, padded with comment segments. */
    public static byte[] oversizeJpeg(long minBytes) {
        byte[] jpeg = jpeg(640, 480);
        long missing = Math.max(0, minBytes - jpeg.length);
        int segments = (int) ((missing + MAX_SEGMENT_DATA + 3) / (MAX_SEGMENT_DATA + 4));
        byte[] filler = new byte[MAX_SEGMENT_DATA];
        Arrays.fill(filler, (byte) ' ');
        return withSegmentsAfterSoi(jpeg, 0xFE, Collections.nCopies(segments, filler));
    }

    /**
     * A JPEG with {@value #HUGE_EXIF_BYTES} bytes of EXIF-like data: an APP1 segment holds at most 64 KB, so the data
     * is spread over 17 of them, each opening with the Exif header.
     */
    public static byte[] jpegWithHugeExif() {
        byte[] chunk = new byte[MAX_SEGMENT_DATA];
        new Random(1).nextBytes(chunk);
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, chunk, 0, 6);
        int segments = HUGE_EXIF_BYTES / MAX_SEGMENT_DATA + 1;
        return withSegmentsAfterSoi(jpeg(320, 240), 0xE1, Collections.nCopies(segments, chunk));
    }

    /** A JPEG whose first Huffman table claims the index 7 (there are four): the decoder gives up. */
    public static byte[] corruptJpeg() {
        byte[] jpeg = jpeg(320, 240);
        jpeg[findMarker(jpeg, 0xC4) + 4] = 0x07;
        return jpeg;
    }

    /** A PNG with one byte of its image data flipped: the chunk's CRC no longer matches. */
    public static byte[] corruptPng() {
        byte[] png = png(320, 240);
        int idat = indexOf(png, "IDAT".getBytes(StandardCharsets.US_ASCII));
        png[idat + 40] ^= 0x5A;
        return png;
    }

    /**
     * A photo as recent iPhones and Android's Ultra HDR write it: the primary JPEG declares a Multi-Picture Format index
     * (APP2 "MPF") and a second JPEG, the gain map, follows its end. Legitimate, and data after the end marker.
     */
    public static byte[] jpegWithGainMap() {
        // MP header: "MPF\0", a big-endian TIFF header and an empty index IFD; readers of the index are not tested here.
        byte[] index = concat(new byte[] {'M', 'P', 'F', 0, 'M', 'M', 0, 42, 0, 0, 0, 8}, new byte[6]);
        return concat(withSegmentsAfterSoi(jpeg(640, 480), 0xE2, List.of(index)), jpeg(160, 120));
    }

    /**
     * A minimal HEIC container (ftyp, meta with pitm, iinf, iprp/ipco/ipma, and an mdat of placeholder bytes, no
     * decodable HEVC): the primary item 1 of {@code width} x {@code height}, and a 320 x 240 thumbnail item whose
     * {@code ispe} comes first, so that a reader which takes the first size it sees gets it wrong.
     */
    public static byte[] heic(int width, int height) {
        byte[] ftyp = box("ftyp", ascii("heic"), intBytes(0), ascii("mif1"), ascii("heic"));
        byte[] hdlr = fullBox("hdlr", 0, intBytes(0), ascii("pict"), new byte[12], new byte[1]);
        byte[] pitm = fullBox("pitm", 0, shortBytes(1));
        byte[] iinf = fullBox("iinf", 0, shortBytes(2), infe(1, "hvc1"), infe(2, "hvc1"));
        byte[] ipco = box("ipco", ispe(320, 240), ispe(width, height));
        // Item 1 -> property 2 (essential), item 2 -> property 1; 7-bit indices with the essential bit on top.
        byte[] ipma = fullBox("ipma", 0, intBytes(2), shortBytes(1), new byte[] {1, (byte) 0x82}, shortBytes(2),
                new byte[] {1, (byte) 0x81});
        byte[] meta = fullBox("meta", 0, hdlr, pitm, iinf, box("iprp", ipco, ipma));
        byte[] mdat = box("mdat", new byte[256]);
        return concat(ftyp, meta, mdat);
    }

    /**
     * The JPEG with an EXIF block (APP1, right after SOI) whose only tag is the orientation: 6 is how phones store a
     * portrait photo, sensor rows sideways. Not hostile, but it breaks code that ignores orientation.
     */
    public static byte[] jpegWithExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, IFD0 at offset 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, count 1, value
            0, 0, 0, 0}; // no next IFD
        return withSegmentsAfterSoi(jpeg, 0xE1, List.of(concat(new byte[] {'E', 'x', 'i', 'f', 0, 0}, tiff)));
    }

    private static Mat scene(int width, int height) {
        try (Scalar wall = new Scalar(170, 190, 205, 0); Scalar floor = new Scalar(60, 90, 130, 0);
                Scalar frame = new Scalar(40, 40, 40, 0); Point floorTop = new Point(0, height * 2 / 3);
                Point corner = new Point(width, height); Point frameTop = new Point(width / 5, height / 5);
                Point frameBottom = new Point(width / 2, height / 2); Mat noise = new Mat(height, width, opencv_core.CV_8UC3);
                Scalar zero = new Scalar(0); Scalar twelve = new Scalar(12); Mat low = new Mat(1, 1, opencv_core.CV_64F, zero);
                Mat high = new Mat(1, 1, opencv_core.CV_64F, twelve)) {
            Mat image = new Mat(height, width, opencv_core.CV_8UC3, wall);
            opencv_imgproc.rectangle(image, floorTop, corner, floor, opencv_imgproc.FILLED, opencv_imgproc.LINE_8, 0);
            opencv_imgproc.rectangle(image, frameTop, frameBottom, frame, Math.max(2, width / 100), opencv_imgproc.LINE_8, 0);
            opencv_core.setRNGSeed(width * 31 + height);
            opencv_core.randu(noise, low, high);
            opencv_core.add(image, noise, image);
            return image;
        }
    }

    private static byte[] encode(Mat bgr, String extension, int parameter, int value) {
        try (BytePointer buffer = new BytePointer(); IntPointer parameters = new IntPointer(parameter, value)) {
            if (!opencv_imgcodecs.imencode(extension, bgr, buffer, parameters)) {
                throw new IllegalStateException("cannot encode " + extension);
            }
            byte[] bytes = new byte[(int) buffer.limit()];
            buffer.get(bytes);
            return bytes;
        }
    }

    /** The JPEG with segments of the given marker inserted right after SOI, one per data block (each at most 65533 bytes). */
    private static byte[] withSegmentsAfterSoi(byte[] jpeg, int marker, List<byte[]> dataBlocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] data : dataBlocks) {
            if (data.length > MAX_SEGMENT_DATA) {
                throw new IllegalArgumentException("a segment holds at most " + MAX_SEGMENT_DATA + " bytes");
            }
            int length = data.length + 2;
            out.write(0xFF);
            out.write(marker);
            out.write(length >> 8);
            out.write(length);
            out.write(data, 0, data.length);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Offset of the first FF xx marker of this kind among the segments before the image data. */
    private static int findMarker(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            if ((jpeg[pos + 1] & 0xFF) == marker) {
                return pos;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF);
        }
        throw new IllegalStateException("no marker " + Integer.toHexString(marker));
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return concat(intBytes(data.length), typeBytes, data, intBytes((int) crc.getValue()));
    }

    private static byte[] infe(int itemId, String itemType) {
        return fullBox("infe", 2, shortBytes(itemId), shortBytes(0), ascii(itemType), new byte[1]);
    }

    private static byte[] ispe(int width, int height) {
        return fullBox("ispe", 0, intBytes(width), intBytes(height));
    }

    private static byte[] box(String type, byte[]... payload) {
        byte[] body = concat(payload);
        return concat(intBytes(8 + body.length), ascii(type), body);
    }

    private static byte[] fullBox(String type, int version, byte[]... payload) {
        return box(type, concat(new byte[] {(byte) version, 0, 0, 0}, concat(payload)));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] intBytes(int value) {
        byte[] bytes = new byte[4];
        putInt(bytes, 0, value);
        return bytes;
    }

    private static byte[] shortBytes(int value) {
        return new byte[] {(byte) (value >> 8), (byte) value};
    }

    private static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }
}
