package io.remo.revision.mask;

import io.remo.imaging.GrayImage;
import io.remo.revision.api.BrushStroke;
import io.remo.revision.api.NormalizedPoint;
import java.util.List;

/**
 * Paints brush strokes onto a mask. A stroke is a round brush of diameter {@code size * width / 1024} pixels dragged
 * along its points: the union of capsules around its segments (a disc for a single point). Each pixel's coverage
 * comes from the distance of its centre to the stroke, with a one-pixel linear edge for anti-aliasing. Adding takes
 * the maximum of mask and coverage; subtracting takes the minimum of the mask and the coverage's complement.
 */
public final class BrushRaster {

    /** Brush sizes are given for an image 1024 pixels wide. */
    static final double REFERENCE_WIDTH = 1024;

    private BrushRaster() {
    }

    /** The mask with the strokes applied in order; a new image. */
    public static GrayImage apply(GrayImage mask, List<BrushStroke> strokes) {
        byte[] pixels = mask.pixels().clone();
        for (BrushStroke stroke : strokes) {
            byte[] coverage = coverage(stroke, mask.width(), mask.height()).pixels();
            boolean adds = stroke.adds();
            for (int i = 0; i < pixels.length; i++) {
                int c = coverage[i] & 0xFF;
                if (c != 0) {
                    int m = pixels[i] & 0xFF;
                    pixels[i] = (byte) (adds ? Math.max(m, c) : Math.min(m, 255 - c));
                }
            }
        }
        return new GrayImage(mask.width(), mask.height(), pixels);
    }

    /** What one stroke covers, 0..255. */
    public static GrayImage coverage(BrushStroke stroke, int width, int height) {
        double radius = stroke.size() * width / REFERENCE_WIDTH / 2;
        List<NormalizedPoint> points = stroke.points();
        byte[] pixels = new byte[width * height];
        // A single point is a dab: a capsule of length zero.
        int segments = Math.max(1, points.size() - 1);
        for (int k = 0; k < segments; k++) {
            NormalizedPoint from = points.get(k);
            NormalizedPoint to = points.get(Math.min(k + 1, points.size() - 1));
            paintCapsule(pixels, width, height, from.x() * width, from.y() * height, to.x() * width, to.y() * height,
                    radius);
        }
        return new GrayImage(width, height, pixels);
    }

    private static void paintCapsule(byte[] pixels, int width, int height, double ax, double ay, double bx, double by,
                                     double radius) {
        double reach = radius + 0.5;
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, by) + reach));
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        for (int y = y0; y <= y1; y++) {
            double py = y + 0.5;
            for (int x = x0; x <= x1; x++) {
                double px = x + 0.5;
                double along = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
                double t = Math.max(0, Math.min(1, along));
                double distance = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
                int value = PolygonRaster.toByte(Math.min(1, reach - distance));
                int index = y * width + x;
                if (value > (pixels[index] & 0xFF)) {
                    pixels[index] = (byte) value;
                }
            }
        }
    }
}
