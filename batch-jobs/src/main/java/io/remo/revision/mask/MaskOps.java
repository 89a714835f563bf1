package io.remo.revision.mask;

import io.remo.imaging.GrayImage;
import io.remo.revision.cv.Mats;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/** Mask arithmetic shared by the revision steps. Masks are 0..255; a pixel belongs to a mask from 128 up. */
public final class MaskOps {

    public static final int INSIDE = 128;

    private MaskOps() {
    }

    /** Pixels at or above the threshold. */
    public static long count(GrayImage mask, int threshold) {
        long count = 0;
        for (byte value : mask.pixels()) {
            if ((value & 0xFF) >= threshold) {
                count++;
            }
        }
        return count;
    }

    /** The sum of the values divided by 255: the area in pixels an anti-aliased mask covers. */
    public static double area(GrayImage mask) {
        long sum = 0;
        for (byte value : mask.pixels()) {
            sum += value & 0xFF;
        }
        return sum / 255.0;
    }

    /** The pixel-wise maximum. */
    public static GrayImage union(List<GrayImage> masks) {
        GrayImage first = masks.get(0);
        byte[] pixels = first.pixels().clone();
        for (GrayImage mask : masks.subList(1, masks.size())) {
            byte[] other = mask.pixels();
            for (int i = 0; i < pixels.length; i++) {
                if ((other[i] & 0xFF) > (pixels[i] & 0xFF)) {
                    pixels[i] = other[i];
                }
            }
        }
        return new GrayImage(first.width(), first.height(), pixels);
    }

    /**
     * Every pixel within {@code radius} pixels (Chebyshev distance) of a non-zero pixel, as 255; the rest 0. This is
     * exactly where {@link #feather} can be non-zero.
     */
    public static GrayImage support(GrayImage mask, int radius) {
        try (PointerScope scope = new PointerScope()) {
            Mat binary = new Mat();
            opencv_imgproc.threshold(Mats.gray(mask), binary, 0, 255, opencv_imgproc.THRESH_BINARY);
            return Mats.toGray(maxFilter(binary, radius));
        }
    }

    /**
     * Softens a mask's edge outwards over {@code radius} pixels: a maximum filter over half the radius, then a
     * Gaussian over the other half. Inside the mask values stay close to 255 (at least 97% at its edge), so that an
     * edit covers the whole region; outside they fall to 0 within the radius, and are clipped to
     * {@link #support} so that nothing beyond it is ever touched.
     */
    public static GrayImage feather(GrayImage mask, int radius) {
        try (PointerScope scope = new PointerScope()) {
            Mat source = Mats.gray(mask);
            int grow = (radius + 1) / 2;
            int blur = radius - grow;
            Mat feathered = maxFilter(source, grow);
            if (blur > 0) {
                opencv_imgproc.GaussianBlur(feathered, feathered, new Size(2 * blur + 1, 2 * blur + 1), blur / 2.0);
            }
            Mat binary = new Mat();
            opencv_imgproc.threshold(source, binary, 0, 255, opencv_imgproc.THRESH_BINARY);
            opencv_core.min(feathered, maxFilter(binary, radius), feathered);
            return Mats.toGray(feathered);
        }
    }

    /** Grey-level dilation with a (2 radius + 1) square, computed within a pointer scope by the caller. */
    private static Mat maxFilter(Mat mask, int radius) {
        Mat out = new Mat();
        if (radius <= 0) {
            mask.copyTo(out);
            return out;
        }
        Mat kernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_RECT,
                new Size(2 * radius + 1, 2 * radius + 1));
        opencv_imgproc.dilate(mask, out, kernel);
        return out;
    }

    /** Values at or above {@link #INSIDE} become 255, the rest 0. */
    public static GrayImage binary(GrayImage mask) {
        byte[] pixels = new byte[mask.pixels().length];
        byte[] source = mask.pixels();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) ((source[i] & 0xFF) >= INSIDE ? 255 : 0);
        }
        return new GrayImage(mask.width(), mask.height(), pixels);
    }
}
