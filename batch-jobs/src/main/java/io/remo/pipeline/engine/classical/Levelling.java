package io.remo.pipeline.engine.classical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * The camera's roll, read from the room's verticals (wall corners, door and window frames), which a level camera shows
 * upright: the length-weighted median lean of the near-vertical segments. The layout is fitted to the levelled photo,
 * whose walls meet floor and ceiling along level lines, and the maps are turned back.
 */
final class Levelling {

    /** Rolls below this are left alone: the layout's one-pixel search steps absorb them. */
    static final double MIN_ROLL_DEGREES = 0.5;
    /** The verticals must add up to this share of the image height for their lean to count. */
    private static final double MIN_VERTICAL_LENGTH = 0.5;

    private Levelling() {
    }

    /**
     * The angle (degrees, OpenCV's sense: positive turns the picture counter-clockwise) that makes the verticals
     * upright; 0 when there are too few of them or the roll is negligible.
     */
    static double correction(List<LineSegment> segments, int height) {
        List<double[]> leans = new ArrayList<>();
        double total = 0;
        for (LineSegment segment : segments) {
            if (segment.slopeDegrees() < 90 - PerspectiveFit.NEAR_AXIS_DEGREES) {
                continue;
            }
            boolean firstIsTop = segment.y1() < segment.y2();
            double topX = firstIsTop ? segment.x1() : segment.x2();
            double bottomX = firstIsTop ? segment.x2() : segment.x1();
            double rise = Math.abs(segment.y2() - segment.y1());
            leans.add(new double[] {Math.toDegrees(Math.atan2(topX - bottomX, rise)), segment.length()});
            total += segment.length();
        }
        if (total < MIN_VERTICAL_LENGTH * height) {
            return 0;
        }
        leans.sort(Comparator.comparingDouble(lean -> lean[0]));
        double seen = 0;
        for (double[] lean : leans) {
            seen += lean[1];
            if (seen >= total / 2) {
                return Math.abs(lean[0]) < MIN_ROLL_DEGREES ? 0 : lean[0];
            }
        }
        return 0;
    }

    /** The image turned by {@code degrees} about its centre, same size, the border extended. */
    static Mat rotated(Mat image, double degrees, int interpolation) {
        Mat rotation = opencv_imgproc.getRotationMatrix2D(new Point2f(image.cols() / 2f, image.rows() / 2f), degrees, 1);
        Mat turned = new Mat();
        opencv_imgproc.warpAffine(image, turned, rotation, image.size(), interpolation, opencv_core.BORDER_REPLICATE,
                new Scalar());
        return turned;
    }
}
