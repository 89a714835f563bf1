package io.remo.imaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Scalar4i;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_imgproc.Vec4iVector;

/**
 * Measures the {@link RoomEvidence} of a picture at analysis size: Canny edges on a lightly smoothed grey copy, long
 * straight segments by the probabilistic Hough transform, their orientations, the largest group of oblique segments
 * pointing at one vanishing point, and the colourfulness of the RGB copy.
 */
final class RoomCues {

    private static final double CANNY_LOW = 50;
    private static final double CANNY_HIGH = 150;
    /** Hough: a segment must span 6 % of the long side with gaps of at most 0.5 %. */
    private static final double MIN_LINE_FRACTION = 0.06;
    private static final double MAX_GAP_FRACTION = 0.005;
    private static final int HOUGH_VOTES = 50;
    /** Phones are held roughly level; verticals also lean a little when the phone tilts up or down. */
    private static final double TILT_TOLERANCE_DEGREES = 12;
    /** Bounds the work on pictures full of segments; the longest carry the structure. */
    private static final int MAX_SEGMENTS = 400;
    private static final int VANISHING_POINT_CANDIDATES = 40;
    private static final double MIN_CROSSING_DEGREES = 4;
    private static final double VANISHING_TOLERANCE_DEGREES = 2;

    private RoomCues() {
    }

    private record Segment(double x1, double y1, double x2, double y2) {

        double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }

        /** Direction in degrees, 0 (horizontal) to 180. */
        double angle() {
            double degrees = Math.toDegrees(Math.atan2(y2 - y1, x2 - x1));
            return degrees < 0 ? degrees + 180 : degrees;
        }

        boolean horizontal() {
            double angle = angle();
            return angle <= TILT_TOLERANCE_DEGREES || angle >= 180 - TILT_TOLERANCE_DEGREES;
        }

        boolean vertical() {
            return Math.abs(angle() - 90) <= TILT_TOLERANCE_DEGREES;
        }

        /** The angle between this segment's line and the direction from its middle to the point, 0 to 90 degrees. */
        double degreesOffPoint(double px, double py) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double vx = px - (x1 + x2) / 2;
            double vy = py - (y1 + y2) / 2;
            double distance = Math.hypot(vx, vy);
            if (distance < 1e-9) {
                return 0;
            }
            double cosine = Math.abs(dx * vx + dy * vy) / (length() * distance);
            return Math.toDegrees(Math.acos(Math.min(1, cosine)));
        }
    }

    static RoomEvidence measure(Mat rgb, Mat gray) {
        int longSide = Math.max(gray.cols(), gray.rows());
        try (Mat smooth = new Mat(); Mat edges = new Mat(); Vec4iVector found = new Vec4iVector(); Size kernel = new Size(5, 5)) {
            opencv_imgproc.GaussianBlur(gray, smooth, kernel, 0);
            opencv_imgproc.Canny(smooth, edges, CANNY_LOW, CANNY_HIGH);
            double edgeDensity = opencv_core.countNonZero(edges) / (double) gray.total();
            opencv_imgproc.HoughLinesP(edges, found, 1, Math.PI / 180, HOUGH_VOTES, MIN_LINE_FRACTION * longSide,
                    MAX_GAP_FRACTION * longSide);
            List<Segment> segments = longest(found);
            double total = segments.stream().mapToDouble(Segment::length).sum();
            double vertical = segments.stream().filter(Segment::vertical).mapToDouble(Segment::length).sum();
            double horizontal = segments.stream().filter(Segment::horizontal).mapToDouble(Segment::length).sum();
            List<Segment> oblique = segments.stream().filter(s -> !s.vertical() && !s.horizontal()).toList();
            return new RoomEvidence(edgeDensity, segments.size(), total == 0 ? 0 : vertical / total,
                    total == 0 ? 0 : horizontal / total, convergingLines(oblique), colourfulness(rgb));
        }
    }

    private static List<Segment> longest(Vec4iVector lines) {
        List<Segment> segments = new ArrayList<>();
        for (long i = 0; i < lines.size(); i++) {
            try (Scalar4i line = lines.get(i)) {
                segments.add(new Segment(line.get(0), line.get(1), line.get(2), line.get(3)));
            }
        }
        segments.sort(Comparator.comparingDouble(Segment::length).reversed());
        return segments.size() > MAX_SEGMENTS ? List.copyOf(segments.subList(0, MAX_SEGMENTS)) : segments;
    }

    /**
     * Candidate vanishing points are the crossings of the longest oblique segments (pairs crossing at a clear angle);
     * a point's support is the number of oblique segments whose direction points at it within a small tolerance.
     */
    private static int convergingLines(List<Segment> oblique) {
        int candidates = Math.min(oblique.size(), VANISHING_POINT_CANDIDATES);
        int best = 0;
        for (int i = 0; i < candidates; i++) {
            for (int j = i + 1; j < candidates; j++) {
                Segment a = oblique.get(i);
                Segment b = oblique.get(j);
                double crossing = Math.abs(a.angle() - b.angle());
                if (Math.min(crossing, 180 - crossing) < MIN_CROSSING_DEGREES) {
                    continue;
                }
                double[] point = intersection(a, b);
                int support = 0;
                for (Segment segment : oblique) {
                    if (segment.degreesOffPoint(point[0], point[1]) <= VANISHING_TOLERANCE_DEGREES) {
                        support++;
                    }
                }
                best = Math.max(best, support);
            }
        }
        return best;
    }

    /** Where the two segments' lines cross; they are known not to be parallel. */
    private static double[] intersection(Segment a, Segment b) {
        double ax = a.x2() - a.x1();
        double ay = a.y2() - a.y1();
        double bx = b.x2() - b.x1();
        double by = b.y2() - b.y1();
        double denominator = ax * by - ay * bx;
        double t = ((b.x1() - a.x1()) * by - (b.y1() - a.y1()) * bx) / denominator;
        return new double[] {a.x1() + t * ax, a.y1() + t * ay};
    }

    /** Hasler and Süsstrunk (2003): spread and mean of the opponent channels R-G and (R+G)/2-B. */
    private static double colourfulness(Mat rgb) {
        try (Mat floats = new Mat(); MatVector channels = new MatVector(); Mat redGreen = new Mat(); Mat yellowBlue = new Mat();
                Mat meanRg = new Mat(); Mat deviationRg = new Mat(); Mat meanYb = new Mat(); Mat deviationYb = new Mat()) {
            rgb.convertTo(floats, opencv_core.CV_32F);
            opencv_core.split(floats, channels);
            try (Mat red = channels.get(0); Mat green = channels.get(1); Mat blue = channels.get(2)) {
                opencv_core.subtract(red, green, redGreen);
                opencv_core.addWeighted(red, 0.5, green, 0.5, 0, yellowBlue);
                opencv_core.subtract(yellowBlue, blue, yellowBlue);
            }
            opencv_core.meanStdDev(redGreen, meanRg, deviationRg);
            opencv_core.meanStdDev(yellowBlue, meanYb, deviationYb);
            double rgMean = first(meanRg);
            double rgDeviation = first(deviationRg);
            double ybMean = first(meanYb);
            double ybDeviation = first(deviationYb);
            return Math.hypot(rgDeviation, ybDeviation) + 0.3 * Math.hypot(rgMean, ybMean);
        }
    }

    private static double first(Mat values) {
        try (DoubleIndexer indexer = values.createIndexer()) {
            return indexer.get(0);
        }
    }
}
