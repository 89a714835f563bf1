package io.remo.revision;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.api.NormalizedPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hand-built images and shapes whose pixels are known, for the revision tests. */
public final class TestImages {

    private TestImages() {
    }

    /** A flat colour with uniform noise of +-amplitude on each channel; the same seed gives the same pixels. */
    public static RgbImage noisy(int width, int height, int[] rgb, int amplitude, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i++) {
            int value = rgb[i % 3] + (amplitude == 0 ? 0 : random.nextInt(2 * amplitude + 1) - amplitude);
            pixels[i] = (byte) Math.max(0, Math.min(255, value));
        }
        return new RgbImage(width, height, pixels);
    }

    public static RgbImage flat(int width, int height, int[] rgb) {
        return noisy(width, height, rgb, 0, 0);
    }

    /** A copy with a filled disc (pixel centres within the radius). */
    public static RgbImage withDisc(RgbImage image, double cx, double cy, double radius, int[] rgb) {
        byte[] pixels = image.pixels().clone();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius) {
                    int i = (y * image.width() + x) * 3;
                    pixels[i] = (byte) rgb[0];
                    pixels[i + 1] = (byte) rgb[1];
                    pixels[i + 2] = (byte) rgb[2];
                }
            }
        }
        return new RgbImage(image.width(), image.height(), pixels);
    }

    /** A copy with a filled rectangle [x0, x1) x [y0, y1). */
    public static RgbImage withRect(RgbImage image, int x0, int y0, int x1, int y1, int[] rgb) {
        byte[] pixels = image.pixels().clone();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int i = (y * image.width() + x) * 3;
                pixels[i] = (byte) rgb[0];
                pixels[i + 1] = (byte) rgb[1];
                pixels[i + 2] = (byte) rgb[2];
            }
        }
        return new RgbImage(image.width(), image.height(), pixels);
    }

    /** A 0/255 mask of the rectangle [x0, x1) x [y0, y1). */
    public static GrayImage rectMask(int width, int height, int x0, int y0, int x1, int y1) {
        byte[] pixels = new byte[width * height];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                pixels[y * width + x] = (byte) 255;
            }
        }
        return new GrayImage(width, height, pixels);
    }

    /** The pixel rectangle [x0, x1) x [y0, y1) of a width x height image as a normalized closed lasso. */
    public static List<NormalizedPoint> rectPath(int width, int height, int x0, int y0, int x1, int y1) {
        return List.of(NormalizedPoint.of((double) x0 / width, (double) y0 / height),
                NormalizedPoint.of((double) x1 / width, (double) y0 / height),
                NormalizedPoint.of((double) x1 / width, (double) y1 / height),
                NormalizedPoint.of((double) x0 / width, (double) y1 / height));
    }

    /** Normalized points from pixel coordinates. */
    public static List<NormalizedPoint> pixelPath(int width, int height, double... xy) {
        List<NormalizedPoint> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(NormalizedPoint.of(xy[i] / width, xy[i + 1] / height));
        }
        return points;
    }

    /** The centroid {x, y} of the pixels whose colour is within the tolerance of rgb, and their count. */
    public static double[] colourCentroid(RgbImage image, int[] rgb, int tolerance) {
        double sumX = 0;
        double sumY = 0;
        long count = 0;
        byte[] pixels = image.pixels();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int i = (y * image.width() + x) * 3;
                if (Math.abs((pixels[i] & 0xFF) - rgb[0]) <= tolerance
                        && Math.abs((pixels[i + 1] & 0xFF) - rgb[1]) <= tolerance
                        && Math.abs((pixels[i + 2] & 0xFF) - rgb[2]) <= tolerance) {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    count++;
                }
            }
        }
        return new double[] {sumX / count, sumY / count, count};
    }
}
