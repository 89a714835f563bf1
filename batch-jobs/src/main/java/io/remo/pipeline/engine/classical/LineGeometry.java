package io.remo.pipeline.engine.classical;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_imgproc.Vec4iVector;

/**
 * The straight structure of a photo: line segments (probabilistic Hough transform on the structural edges) and the
 * edge pixels split by orientation, near-horizontal and near-vertical, judged by the Sobel gradient of the smoothed
 * luminance.
 */
record LineGeometry(List<LineSegment> segments, Mat edges, Mat horizontalEdges, Mat verticalEdges) {

    /** An edge pixel counts as horizontal (vertical) when its gradient is within this angle of vertical (horizontal). */
    private static final double ORIENTATION_TOLERANCE_DEGREES = 20;

    static LineGeometry of(Mat smoothedGray, Mat edges) {
        int longSide = Math.max(edges.cols(), edges.rows());
        Vec4iVector lines = new Vec4iVector();
        opencv_imgproc.HoughLinesP(edges, lines, 1.0, Math.PI / 180, Math.max(20, longSide / 25),
                Math.max(10, longSide * 0.03), Math.max(2, longSide * 0.006));
        List<LineSegment> segments = new ArrayList<>((int) lines.size());
        for (long i = 0; i < lines.size(); i++) {
            IntPointer line = lines.get(i);
            segments.add(new LineSegment(line.get(0), line.get(1), line.get(2), line.get(3)));
        }

        Mat dx = new Mat();
        Mat dy = new Mat();
        opencv_imgproc.Sobel(smoothedGray, dx, opencv_core.CV_32F, 1, 0);
        opencv_imgproc.Sobel(smoothedGray, dy, opencv_core.CV_32F, 0, 1);
        float[] gx = OpenCvImages.floats(dx);
        float[] gy = OpenCvImages.floats(dy);
        byte[] edgePixels = OpenCvImages.bytes(edges);
        byte[] horizontal = new byte[edgePixels.length];
        byte[] vertical = new byte[edgePixels.length];
        double tan = Math.tan(Math.toRadians(ORIENTATION_TOLERANCE_DEGREES));
        for (int i = 0; i < edgePixels.length; i++) {
            if (edgePixels[i] != 0) {
                float ax = Math.abs(gx[i]);
                float ay = Math.abs(gy[i]);
                if (ax <= ay * tan) {
                    horizontal[i] = (byte) 255;
                } else if (ay <= ax * tan) {
                    vertical[i] = (byte) 255;
                }
            }
        }
        return new LineGeometry(segments, edges, OpenCvImages.grayMat(horizontal, edges.cols(), edges.rows()),
                OpenCvImages.grayMat(vertical, edges.cols(), edges.rows()));
    }
}
