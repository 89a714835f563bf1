package io.remo.revision.mask;

import io.remo.imaging.GrayImage;
import io.remo.revision.api.NormalizedPoint;
import java.util.Arrays;
import java.util.List;

/**
 * Rasterizes a lasso polygon into an anti-aliased mask at an image's resolution. A point (x, y) lands at pixel
 * coordinates (x * width, y * height), and pixel (i, j) is the square [i, i+1) x [j, j+1): the whole image polygon
 * covers every pixel, an axis-aligned rectangle on whole pixels covers exactly its pixels. Each pixel's value is its
 * covered fraction (even-odd rule) times 255: 16 sample rows per pixel row, each measured exactly along x.
 */
public final class PolygonRaster {

    private static final int SUB_ROWS = 16;

    private PolygonRaster() {
    }

    public static GrayImage fill(List<NormalizedPoint> vertices, int width, int height) {
        int n = vertices.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            xs[i] = vertices.get(i).x() * width;
            ys[i] = vertices.get(i).y() * height;
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        byte[] pixels = new byte[width * height];
        double[] coverage = new double[width];
        double[] crossings = new double[n];
        int firstRow = Math.max(0, (int) Math.floor(minY));
        int lastRow = Math.min(height - 1, (int) Math.ceil(maxY));
        for (int row = firstRow; row <= lastRow; row++) {
            Arrays.fill(coverage, 0);
            boolean touched = false;
            for (int sub = 0; sub < SUB_ROWS; sub++) {
                double y = row + (sub + 0.5) / SUB_ROWS;
                int count = 0;
                for (int i = 0; i < n; i++) {
                    int j = (i + 1) % n;
                    // Half-open in y, so that a vertex on the sample row is counted once.
                    if ((ys[i] <= y) != (ys[j] <= y)) {
                        crossings[count++] = xs[i] + (y - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i]);
                    }
                }
                Arrays.sort(crossings, 0, count);
                for (int k = 0; k + 1 < count; k += 2) {
                    touched |= addSpan(coverage, crossings[k], crossings[k + 1], 1.0 / SUB_ROWS);
                }
            }
            if (touched) {
                int offset = row * width;
                for (int x = 0; x < width; x++) {
                    pixels[offset + x] = (byte) toByte(coverage[x]);
                }
            }
        }
        return new GrayImage(width, height, pixels);
    }

    /** Adds weight times the covered length of each pixel of [from, to) to the row; false when it covers nothing. */
    private static boolean addSpan(double[] coverage, double from, double to, double weight) {
        double a = Math.max(0, from);
        double b = Math.min(coverage.length, to);
        if (b <= a) {
            return false;
        }
        int first = (int) a;
        int last = (int) Math.ceil(b) - 1;
        if (first == last) {
            coverage[first] += (b - a) * weight;
            return true;
        }
        coverage[first] += (first + 1 - a) * weight;
        for (int x = first + 1; x < last; x++) {
            coverage[x] += weight;
        }
        coverage[last] += (b - last) * weight;
        return true;
    }

    /** Coverage to 0..255; any coverage at all gives at least 1, so that a tiny polygon never vanishes. */
    static int toByte(double coverage) {
        if (coverage <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(255, Math.round(coverage * 255)));
    }
}
