package io.remo.revision.mask;

import io.remo.imaging.GrayImage;
import io.remo.revision.cv.Mats;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Where resize and reposition take a region's content: scaled by {@code scale} about the centroid of its mask, then
 * moved by (offsetX * width, offsetY * height). Pixel coordinates are OpenCV's (pixel centres on integers). The mask
 * builder and the editor derive the motion from the same edit mask, so that they agree to the bit.
 */
public record RegionMotion(double scale, double translateX, double translateY) {

    public static final RegionMotion NONE = new RegionMotion(1, 0, 0);

    public static RegionMotion of(GrayImage mask, double scale, double offsetX, double offsetY) {
        if (scale == 1 && offsetX == 0 && offsetY == 0) {
            return NONE;
        }
        double[] centroid = centroid(mask);
        return new RegionMotion(scale, centroid[0] * (1 - scale) + offsetX * mask.width(),
                centroid[1] * (1 - scale) + offsetY * mask.height());
    }

    /** The value-weighted centre of a mask, {x, y}. */
    public static double[] centroid(GrayImage mask) {
        double sum = 0;
        double sumX = 0;
        double sumY = 0;
        byte[] pixels = mask.pixels();
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                int value = pixels[y * mask.width() + x] & 0xFF;
                sum += value;
                sumX += (double) value * x;
                sumY += (double) value * y;
            }
        }
        if (sum == 0) {
            throw new IllegalArgumentException("an empty mask has no centroid");
        }
        return new double[] {sumX / sum, sumY / sum};
    }

    public boolean isIdentity() {
        return equals(NONE);
    }

    /** The 2 x 3 forward matrix of this motion, shifted so that it writes into an output whose origin is (x0, y0). */
    public Mat affine(int x0, int y0) {
        Mat matrix = new Mat(2, 3, opencv_core.CV_64F);
        new DoublePointer(matrix.data()).put(scale, 0, translateX - x0, 0, scale, translateY - y0);
        return matrix;
    }

    /** A mask carried by this motion; what leaves the image is lost. */
    public GrayImage apply(GrayImage mask) {
        try (PointerScope scope = new PointerScope()) {
            Mat moved = new Mat();
            opencv_imgproc.warpAffine(Mats.gray(mask), moved, affine(0, 0), new Size(mask.width(), mask.height()),
                    opencv_imgproc.INTER_LINEAR, opencv_core.BORDER_CONSTANT, new Scalar(0));
            return Mats.toGray(moved);
        }
    }
}
