package io.remo.pipeline.engine.classical;

import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The structural edge map of a room photo: Canny on an edge-preserving (bilateral) smoothing of the luminance, less
 * the short fragments that texture and sensor noise leave. What remains are the long contours: where walls meet, the
 * outlines of windows, doors and furniture. The quality gates run the same detector on a rendered option, so the two
 * maps compare like with like.
 */
public final class StructuralEdges {

    /** Hysteresis thresholds on the L2 gradient of the smoothed 8-bit luminance. */
    private static final double LOW_THRESHOLD = 25;
    private static final double HIGH_THRESHOLD = 70;
    /** A contour shorter than this fraction of the image's long side is texture, not structure. */
    private static final double MIN_CONTOUR_FRACTION = 0.02;

    private StructuralEdges() {
    }

    /** Luminance with noise and fine texture flattened but region borders kept sharp. */
    public static Mat smoothedGray(Mat rgb) {
        Mat gray = new Mat();
        opencv_imgproc.cvtColor(rgb, gray, opencv_imgproc.COLOR_RGB2GRAY);
        Mat smoothed = new Mat();
        opencv_imgproc.bilateralFilter(gray, smoothed, 7, 30, 5);
        return smoothed;
    }

    /** Edges (0 or 255) of an 8-bit RGB image. */
    public static Mat detect(Mat rgb) {
        return fromSmoothedGray(smoothedGray(rgb));
    }

    public static Mat fromSmoothedGray(Mat smoothed) {
        Mat edges = new Mat();
        opencv_imgproc.Canny(smoothed, edges, LOW_THRESHOLD, HIGH_THRESHOLD, 3, true);
        removeShortContours(edges, (int) Math.max(8, Math.max(edges.cols(), edges.rows()) * MIN_CONTOUR_FRACTION));
        return edges;
    }

    private static void removeShortContours(Mat edges, int minPixels) {
        Components contours = Components.of(edges);
        byte[] pixels = OpenCvImages.bytes(edges);
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] != 0 && contours.area[contours.labels[i]] < minPixels) {
                pixels[i] = 0;
            }
        }
        edges.data().put(pixels);
    }
}
