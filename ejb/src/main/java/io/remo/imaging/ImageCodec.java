package io.remo.imaging;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Decoding, encoding and resizing with OpenCV. Decoding reads the container first ({@link ImageStructure}): only
 * JPEG, PNG and WebP reach a decoder, never with more pixels than the caller allows, and the EXIF orientation is
 * applied here rather than by OpenCV, so that every format and every OpenCV build turns photos the same way.
 * Encoding starts from pixels, so nothing of the original's metadata (EXIF with its GPS position, XMP, comments)
 * survives a re-encode.
 */
public final class ImageCodec {

    public static final int THUMBNAIL_LONG_SIDE = 400;

    private static final int RGB_FLAGS = opencv_imgcodecs.IMREAD_COLOR_RGB | opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION;
    private static final int BGR_FLAGS = opencv_imgcodecs.IMREAD_COLOR_BGR | opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION;
    private static final int PNG_COMPRESSION = 3;

    private ImageCodec() {
    }

    /**
     * The image upright, as a person sees it.
     *
     * @throws ImageRejectedException when the bytes are not a decodable JPEG, PNG or WebP of at most {@code maxPixels}
     */
    public static RgbImage decode(byte[] encoded, long maxPixels) {
        return decodeResized(encoded, maxPixels, Integer.MAX_VALUE);
    }

    /**
     * The image upright and shrunk, if needed, so that its long side is at most {@code maxLongSide}. A large JPEG is
     * decoded at 1/2, 1/4 or 1/8 scale directly (the decoder skips most of the work), then brought to size.
     *
     * @throws ImageRejectedException when the bytes are not a decodable JPEG, PNG or WebP of at most {@code maxPixels}
     */
    public static RgbImage decodeResized(byte[] encoded, long maxPixels, int maxLongSide) {
        try (Mat rgb = decodeRgbMat(encoded, maxPixels, maxLongSide)) {
            return OpenCvImages.fromRgbMat(rgb);
        }
    }

    /** JPEG with the given quality (1..100), no metadata. */
    public static byte[] encodeJpeg(RgbImage image, int quality) {
        return encode(image, ".jpg", opencv_imgcodecs.IMWRITE_JPEG_QUALITY, requireQuality(quality));
    }

    /** Lossless PNG, no metadata. */
    public static byte[] encodePng(RgbImage image) {
        return encode(image, ".png", opencv_imgcodecs.IMWRITE_PNG_COMPRESSION, PNG_COMPRESSION);
    }

    /** Lossless PNG of a single-channel map (analysis maps, masks). */
    public static byte[] encodePng(GrayImage image) {
        try (Mat gray = new Mat(image.height(), image.width(), org.bytedeco.opencv.global.opencv_core.CV_8UC1)) {
            gray.data().put(image.pixels());
            return encodeBgr(gray, ".png", opencv_imgcodecs.IMWRITE_PNG_COMPRESSION, PNG_COMPRESSION);
        }
    }

    /** Lossy WebP with the given quality (1..100), no metadata. */
    public static byte[] encodeWebp(RgbImage image, int quality) {
        return encode(image, ".webp", opencv_imgcodecs.IMWRITE_WEBP_QUALITY, requireQuality(quality));
    }

    /**
     * The photo upright, shrunk to {@code maxLongSide} if larger, as a JPEG without metadata: what to keep and serve in
     * place of an upload. Stays in native memory from the compressed input to the compressed output, which saves the
     * two copies and colour swaps of {@code encodeJpeg(decode(...))}.
     *
     * @throws ImageRejectedException when the bytes are not a decodable JPEG, PNG or WebP of at most {@code maxPixels}
     */
    public static byte[] reencodeJpeg(byte[] encoded, long maxPixels, int maxLongSide, int quality) {
        requireQuality(quality);
        try (Mat bgr = decodeMat(encoded, ImageStructure.parse(encoded), maxPixels, maxLongSide, BGR_FLAGS)) {
            return encodeBgr(bgr, ".jpg", opencv_imgcodecs.IMWRITE_JPEG_QUALITY, quality);
        }
    }

    /**
     * The image scaled so that its long side is {@code longSide}, aspect ratio kept: area averaging when shrinking
     * (no aliasing), bicubic when enlarging.
     */
    public static RgbImage resizeToLongSide(RgbImage image, int longSide) {
        if (longSide <= 0) {
            throw new IllegalArgumentException("long side must be positive: " + longSide);
        }
        try (Mat rgb = OpenCvImages.toRgbMat(image); Mat resized = resized(rgb, longSide)) {
            return OpenCvImages.fromRgbMat(resized);
        }
    }

    /** The image shrunk to a long side of {@value #THUMBNAIL_LONG_SIDE} px; a smaller image is returned as it is. */
    public static RgbImage thumbnail(RgbImage image) {
        return Math.max(image.width(), image.height()) <= THUMBNAIL_LONG_SIDE ? image : resizeToLongSide(image, THUMBNAIL_LONG_SIDE);
    }

    /** Decoded, shrunk to {@code maxLongSide} if larger, then turned upright; RGB order. The caller closes it. */
    static Mat decodeRgbMat(byte[] encoded, long maxPixels, int maxLongSide) {
        return decodeRgbMat(encoded, ImageStructure.parse(encoded), maxPixels, maxLongSide);
    }

    /** As {@link #decodeRgbMat(byte[], long, int)}, for a caller who has parsed the structure already. */
    static Mat decodeRgbMat(byte[] encoded, ImageStructure structure, long maxPixels, int maxLongSide) {
        return decodeMat(encoded, structure, maxPixels, maxLongSide, RGB_FLAGS);
    }

    private static Mat decodeMat(byte[] encoded, ImageStructure structure, long maxPixels, int maxLongSide, int colourFlags) {
        if (maxLongSide <= 0) {
            throw new IllegalArgumentException("long side must be positive: " + maxLongSide);
        }
        structure.requireDecodable(maxPixels);
        int longSide = Math.max(structure.width(), structure.height());
        // Only libjpeg scales while decoding; the other decoders would decode in full and then resize.
        int scale = structure.format() == ImageFormat.JPEG ? decodeScale(longSide, maxLongSide) : 1;
        Mat image = decodeScaled(encoded, structure, scale, colourFlags);
        try {
            if (Math.max(image.cols(), image.rows()) > maxLongSide) {
                image = replace(image, resized(image, maxLongSide));
            }
            return replace(image, upright(image, structure.orientation()));
        } catch (RuntimeException e) {
            image.close();
            throw e;
        }
    }

    /**
     * Decodes and drops the pixels, to prove the data decodes. A JPEG is decoded at 1/8 scale: every byte of its
     * entropy-coded data is still read, most of the inverse DCT is skipped.
     */
    static void verifyDecodes(byte[] encoded, ImageStructure structure) {
        decodeScaled(encoded, structure, structure.format() == ImageFormat.JPEG ? 8 : 1, BGR_FLAGS).close();
    }

    /** The largest of 1, 2, 4, 8 that keeps the decoded long side at or above the target. */
    private static int decodeScale(int longSide, int targetLongSide) {
        int scale = 1;
        while (scale < 8 && longSide / (scale * 2) >= targetLongSide) {
            scale *= 2;
        }
        return scale;
    }

    private static Mat decodeScaled(byte[] encoded, ImageStructure structure, int scale, int colourFlags) {
        // The REDUCED_GRAYSCALE flags carry only the scale; the colour flags make them colour again.
        int flags = colourFlags | switch (scale) {
            case 2 -> opencv_imgcodecs.IMREAD_REDUCED_GRAYSCALE_2;
            case 4 -> opencv_imgcodecs.IMREAD_REDUCED_GRAYSCALE_4;
            case 8 -> opencv_imgcodecs.IMREAD_REDUCED_GRAYSCALE_8;
            default -> 0;
        };
        Mat decoded;
        try (BytePointer data = new BytePointer(encoded); Mat buffer = new Mat(1, encoded.length, opencv_core.CV_8UC1, data)) {
            decoded = opencv_imgcodecs.imdecode(buffer, flags);
        } catch (RuntimeException e) {
            // OpenCV reports decoder failures as exceptions carrying cv::Exception's text.
            throw new ImageRejectedException(RejectionCode.CORRUPT_IMAGE, "The " + structure.format() + " data cannot be decoded.");
        }
        // A scaled JPEG is rounded up, the other decoders round down: allow either.
        boolean expectedSize = Math.abs(decoded.cols() - structure.width() / (double) scale) < 1
                && Math.abs(decoded.rows() - structure.height() / (double) scale) < 1;
        if (decoded.empty() || decoded.type() != opencv_core.CV_8UC3 || !expectedSize) {
            decoded.close();
            throw new ImageRejectedException(RejectionCode.CORRUPT_IMAGE, "The " + structure.format() + " data cannot be decoded.");
        }
        return decoded;
    }

    /**
     * Applies EXIF orientation 2..8 (how the stored rows and columns map to the scene) and returns a new matrix; for
     * 1 returns the same one. 6, the usual portrait photo, is a quarter turn clockwise.
     */
    private static Mat upright(Mat image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        Mat turned = new Mat();
        try {
            switch (orientation) {
                case 2 -> opencv_core.flip(image, turned, 1);
                case 3 -> opencv_core.rotate(image, turned, opencv_core.ROTATE_180);
                case 4 -> opencv_core.flip(image, turned, 0);
                case 5 -> opencv_core.transpose(image, turned);
                case 6 -> opencv_core.rotate(image, turned, opencv_core.ROTATE_90_CLOCKWISE);
                case 7 -> {
                    opencv_core.transpose(image, turned);
                    opencv_core.flip(turned, turned, -1);
                }
                case 8 -> opencv_core.rotate(image, turned, opencv_core.ROTATE_90_COUNTERCLOCKWISE);
                default -> throw new IllegalArgumentException("EXIF orientation " + orientation);
            }
            return turned;
        } catch (RuntimeException e) {
            turned.close();
            throw e;
        }
    }

    /** A new matrix with the long side at {@code longSide}. */
    static Mat resized(Mat image, int longSide) {
        int width = image.cols();
        int height = image.rows();
        double factor = (double) longSide / Math.max(width, height);
        int newWidth = Math.max(1, (int) Math.round(width * factor));
        int newHeight = Math.max(1, (int) Math.round(height * factor));
        Mat resized = new Mat();
        try (Size size = new Size(newWidth, newHeight)) {
            int interpolation = factor < 1 ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_CUBIC;
            opencv_imgproc.resize(image, resized, size, 0, 0, interpolation);
            return resized;
        } catch (RuntimeException e) {
            resized.close();
            throw e;
        }
    }

    /** Closes {@code old} when {@code next} is a different matrix. */
    private static Mat replace(Mat old, Mat next) {
        if (next != old) {
            old.close();
        }
        return next;
    }

    private static byte[] encode(RgbImage image, String extension, int parameter, int value) {
        try (Mat bgr = OpenCvImages.toBgrMat(image)) {
            return encodeBgr(bgr, extension, parameter, value);
        }
    }

    private static byte[] encodeBgr(Mat bgr, String extension, int parameter, int value) {
        try (BytePointer buffer = new BytePointer(); IntPointer parameters = new IntPointer(parameter, value)) {
            if (!opencv_imgcodecs.imencode(extension, bgr, buffer, parameters)) {
                throw new IllegalStateException("OpenCV could not encode " + extension);
            }
            byte[] bytes = new byte[(int) buffer.limit()];
            buffer.get(bytes);
            return bytes;
        }
    }

    private static int requireQuality(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be 1..100: " + quality);
        }
        return quality;
    }
}
