package io.remo.imaging;

import java.util.Arrays;
import java.util.HexFormat;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A 64-bit DCT perceptual hash with colour. The picture is shrunk to 32 x 32 in CIELAB; each channel's DCT gives
 * its lowest-frequency AC coefficients in zig-zag order, and each coefficient one bit, set when it is above the
 * median of its channel's coefficients: 40 bits from the lightness (the classic pHash), 12 from each of a* (green to
 * red) and b* (blue to yellow).
 *
 * <p>Comparing coefficients with their median makes the bits independent of brightness and contrast; the low
 * frequencies ignore recompression, resizing and noise. The colour bits tell apart two views that differ in paint
 * and furniture colour only, which a lightness-only hash calls identical.
 *
 * @param bits lightness bits from bit 63 down, then a*, then b*
 */
public record PerceptualHash(long bits) {

    private static final int SAMPLE_SIDE = 32;
    private static final int LIGHTNESS_BITS = 40;
    private static final int COLOUR_BITS = 12;
    /** The zig-zag positions (row, column) of the lowest AC frequencies, enough for the lightness. */
    private static final int[][] ZIG_ZAG = zigZag(LIGHTNESS_BITS);

    /** Bits that differ: 0 for the same picture, about 32 for unrelated ones. */
    public int distance(PerceptualHash other) {
        return Long.bitCount(bits ^ other.bits);
    }

    /** 16 hex digits, for storage. */
    public String toHex() {
        return HexFormat.of().toHexDigits(bits);
    }

    public static PerceptualHash fromHex(String hex) {
        if (hex.length() != 16) {
            throw new IllegalArgumentException("a perceptual hash is 16 hex digits: " + hex);
        }
        return new PerceptualHash(HexFormat.fromHexDigitsToLong(hex));
    }

    /** The hash of an 8-bit RGB matrix of any size. */
    static PerceptualHash of(Mat rgb) {
        try (Mat small = new Mat(); Mat lab = new Mat(); MatVector channels = new MatVector();
                Size size = new Size(SAMPLE_SIDE, SAMPLE_SIDE)) {
            opencv_imgproc.resize(rgb, small, size, 0, 0, opencv_imgproc.INTER_AREA);
            opencv_imgproc.cvtColor(small, lab, opencv_imgproc.COLOR_RGB2Lab);
            opencv_core.split(lab, channels);
            long bits = 0;
            int shift = 64;
            int[] counts = {LIGHTNESS_BITS, COLOUR_BITS, COLOUR_BITS};
            for (int channel = 0; channel < 3; channel++) {
                try (Mat plane = channels.get(channel)) {
                    shift -= counts[channel];
                    bits |= channelBits(plane, counts[channel]) << shift;
                }
            }
            return new PerceptualHash(bits);
        }
    }

    /** {@code count} bits, the first coefficient in the highest. */
    private static long channelBits(Mat plane, int count) {
        try (Mat samples = new Mat(); Mat frequencies = new Mat()) {
            plane.convertTo(samples, opencv_core.CV_32F);
            opencv_core.dct(samples, frequencies);
            float[] coefficients = new float[count];
            try (FloatIndexer indexer = frequencies.createIndexer()) {
                for (int i = 0; i < count; i++) {
                    coefficients[i] = indexer.get(ZIG_ZAG[i][0], ZIG_ZAG[i][1]);
                }
            }
            float[] sorted = coefficients.clone();
            Arrays.sort(sorted);
            float median = sorted[count / 2];
            long bits = 0;
            for (int i = 0; i < count; i++) {
                if (coefficients[i] > median) {
                    bits |= 1L << (count - 1 - i);
                }
            }
            return bits;
        }
    }

    /** The first {@code count} positions after DC in JPEG's zig-zag order: by anti-diagonal, alternating direction. */
    private static int[][] zigZag(int count) {
        int[][] positions = new int[count][];
        int found = 0;
        for (int diagonal = 1; found < count; diagonal++) {
            for (int step = 0; step <= diagonal && found < count; step++) {
                int row = diagonal % 2 == 0 ? diagonal - step : step;
                positions[found++] = new int[] {row, diagonal - row};
            }
        }
        return positions;
    }
}
