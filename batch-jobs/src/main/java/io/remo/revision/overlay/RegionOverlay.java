package io.remo.revision.overlay;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.cv.Mats;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Moments;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The revision's overlay image: the base with each region tinted, outlined and numbered 1, 2, 3 in payload order, so
 * that the person sees which circle became which change. The number sits in a disc at the region's centroid, or
 * at its most interior point (farthest from its edge) where the centroid is outside or too near the edge.
 */
public final class RegionOverlay {

    /** One colour per region number, sRGB: coral, azure, amber. */
    static final int[][] COLOURS = {{255, 99, 71}, {30, 144, 255}, {255, 193, 37}};

    private static final double TINT = 0.35;

    private RegionOverlay() {
    }

    /** @param shapes the regions' masks (0..255), at the base's size, at most three */
    public static RgbImage render(RgbImage base, List<GrayImage> shapes) {
        if (shapes.size() > COLOURS.length) {
            throw new IllegalArgumentException("at most " + COLOURS.length + " regions, got " + shapes.size());
        }
        int width = base.width();
        int outline = Math.max(2, width / 320);
        int discRadius = Math.max(10, width / 40);
        try (PointerScope scope = new PointerScope()) {
            Mat image = Mats.rgb(base);
            for (int i = 0; i < shapes.size(); i++) {
                int[] colour = COLOURS[i];
                tint(image, shapes.get(i), colour);
                Mat shape = Mats.gray(shapes.get(i));
                Mat inside = new Mat();
                opencv_imgproc.threshold(shape, inside, 127, 255, opencv_imgproc.THRESH_BINARY);
                MatVector contours = new MatVector();
                opencv_imgproc.findContours(inside, contours, opencv_imgproc.RETR_EXTERNAL,
                        opencv_imgproc.CHAIN_APPROX_SIMPLE);
                Scalar white = new Scalar(255, 255, 255, 0);
                Scalar ink = new Scalar(colour[0], colour[1], colour[2], 0);
                // A white halo under the coloured line keeps it visible on any background.
                opencv_imgproc.drawContours(image, contours, -1, white, outline + 2, opencv_imgproc.LINE_AA, new Mat(),
                        Integer.MAX_VALUE, new Point());
                opencv_imgproc.drawContours(image, contours, -1, ink, outline, opencv_imgproc.LINE_AA, new Mat(),
                        Integer.MAX_VALUE, new Point());
                label(image, inside, String.valueOf(i + 1), ink, white, discRadius);
            }
            return Mats.toRgb(image);
        }
    }

    /** Blends the colour over the region, in proportion to the mask. */
    private static void tint(Mat image, GrayImage shape, int[] colour) {
        byte[] pixels = new byte[image.rows() * image.cols() * 3];
        image.data().get(pixels);
        byte[] weights = shape.pixels();
        for (int p = 0; p < weights.length; p++) {
            int weight = weights[p] & 0xFF;
            for (int i = 3 * p; i < 3 * p + 3 && weight > 0; i++) {
                int value = pixels[i] & 0xFF;
                pixels[i] = (byte) Math.round(value + (colour[i - 3 * p] - value) * TINT * weight / 255);
            }
        }
        image.data().put(pixels);
    }

    /**
     * The number in a filled disc at the region's centroid, or, where the disc would not fit there (a concave or thin
     * region), at its most interior point; kept wholly on the image.
     */
    private static void label(Mat image, Mat inside, String number, Scalar ink, Scalar white, int radius) {
        Mat distance = new Mat();
        opencv_imgproc.distanceTransform(inside, distance, opencv_imgproc.DIST_L2, 3);
        DoublePointer deepestDistance = new DoublePointer(1);
        Point deepest = new Point();
        opencv_core.minMaxLoc(distance, new DoublePointer(1), deepestDistance, new Point(), deepest, new Mat());
        Moments moments = opencv_imgproc.moments(inside, true);
        int cx = (int) Math.round(moments.m10() / moments.m00());
        int cy = (int) Math.round(moments.m01() / moments.m00());
        boolean centroidFits = new FloatPointer(distance.ptr(cy, cx)).get() >= Math.min(radius, deepestDistance.get());
        int x = Math.max(radius + 2, Math.min(image.cols() - radius - 3, centroidFits ? cx : deepest.x()));
        int y = Math.max(radius + 2, Math.min(image.rows() - radius - 3, centroidFits ? cy : deepest.y()));
        Point centre = new Point(x, y);
        opencv_imgproc.circle(image, centre, radius + 2, white, opencv_imgproc.FILLED, opencv_imgproc.LINE_AA, 0);
        opencv_imgproc.circle(image, centre, radius, ink, opencv_imgproc.FILLED, opencv_imgproc.LINE_AA, 0);
        double fontScale = radius / 16.0;
        int thickness = Math.max(2, radius / 6);
        int[] baseline = new int[1];
        Size text = opencv_imgproc.getTextSize(number, opencv_imgproc.FONT_HERSHEY_DUPLEX, fontScale, thickness,
                baseline);
        Point origin = new Point(x - text.width() / 2, y + text.height() / 2);
        opencv_imgproc.putText(image, number, origin, opencv_imgproc.FONT_HERSHEY_DUPLEX, fontScale, white, thickness,
                opencv_imgproc.LINE_AA, false);
    }
}
