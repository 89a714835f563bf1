package io.remo.diagnostics.batch;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;

/** The self-test's image: a 4 x 4 checkerboard of 64 px squares, whose edge count is known in advance. */
final class ProbeImage {

    static final int SIZE = 256;
    static final int SQUARE = 64;

    private ProbeImage() {
    }

    static String key(long executionId) {
        return "selftest/" + executionId + "/probe.png";
    }

    static byte[] encodedPng() {
        try (var image = new Mat(SIZE, SIZE, opencv_core.CV_8UC1, new Scalar(0.0)); var white = new Scalar(255.0)) {
            for (int y = 0; y < SIZE; y += SQUARE) {
                for (int x = (y / SQUARE) % 2 * SQUARE; x < SIZE; x += 2 * SQUARE) {
                    try (var square = new Rect(x, y, SQUARE, SQUARE)) {
                        opencv_imgproc.rectangle(image, square, white, opencv_imgproc.FILLED, opencv_imgproc.LINE_8, 0);
                    }
                }
            }
            try (var buffer = new BytePointer()) {
                opencv_imgcodecs.imencode(".png", image, buffer);
                byte[] png = new byte[(int) buffer.limit()];
                buffer.get(png);
                return png;
            }
        }
    }

    /** Edge pixels Canny finds in a decoded probe image. */
    static int edgePixels(byte[] png) {
        try (var encoded = new Mat(png);
                var image = opencv_imgcodecs.imdecode(encoded, opencv_imgcodecs.IMREAD_GRAYSCALE);
                var edges = new Mat()) {
            if (image.empty()) {
                throw new IllegalStateException("probe image does not decode");
            }
            opencv_imgproc.Canny(image, edges, 50, 150);
            return opencv_core.countNonZero(edges);
        }
    }

    /**
     * The six inner borders (3 vertical, 3 horizontal, each across the whole image) each give a Canny line one or
     * two pixels wide, less the pixels shared where they cross: between 5 and 12 image widths of edge pixels.
     */
    static boolean plausibleEdgeCount(int edgePixels) {
        return edgePixels >= 5 * SIZE && edgePixels <= 12 * SIZE;
    }
}
