package io.remo.imaging;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Copies between the engines' images and OpenCV matrices. OpenCV's colour functions expect BGR, {@link RgbImage} is
 * RGB: the {@code Bgr} methods swap the channels. Every returned {@link Mat} belongs to the caller, who closes it.
 */
public final class OpenCvImages {

    private OpenCvImages() {
    }

    /** A new 8-bit, 3-channel BGR matrix with the image's pixels. */
    public static Mat toBgrMat(RgbImage image) {
        Mat mat = toRgbMat(image);
        opencv_imgproc.cvtColor(mat, mat, opencv_imgproc.COLOR_RGB2BGR);
        return mat;
    }

    /** The pixels of an 8-bit, 3-channel BGR matrix. */
    public static RgbImage fromBgrMat(Mat bgr) {
        requireType(bgr, opencv_core.CV_8UC3);
        try (Mat rgb = new Mat()) {
            opencv_imgproc.cvtColor(bgr, rgb, opencv_imgproc.COLOR_BGR2RGB);
            return fromRgbMat(rgb);
        }
    }

    /** A new 8-bit, single-channel matrix with the map's pixels. */
    public static Mat toGrayMat(GrayImage image) {
        Mat mat = new Mat(image.height(), image.width(), opencv_core.CV_8UC1);
        mat.data().put(image.pixels());
        return mat;
    }

    /** The pixels of an 8-bit, single-channel matrix. */
    public static GrayImage fromGrayMat(Mat gray) {
        requireType(gray, opencv_core.CV_8UC1);
        return new GrayImage(gray.cols(), gray.rows(), copyPixels(gray, 1));
    }

    /** A new matrix in RGB order, for code that decodes straight to RGB and never hands the matrix to a BGR consumer. */
    static Mat toRgbMat(RgbImage image) {
        Mat mat = new Mat(image.height(), image.width(), opencv_core.CV_8UC3);
        mat.data().put(image.pixels());
        return mat;
    }

    static RgbImage fromRgbMat(Mat rgb) {
        requireType(rgb, opencv_core.CV_8UC3);
        return new RgbImage(rgb.cols(), rgb.rows(), copyPixels(rgb, 3));
    }

    private static byte[] copyPixels(Mat mat, int channels) {
        byte[] pixels = new byte[Math.multiplyExact(Math.multiplyExact(mat.cols(), mat.rows()), channels)];
        if (mat.isContinuous()) {
            mat.data().get(pixels);
        } else {
            try (Mat continuous = mat.clone()) {
                continuous.data().get(pixels);
            }
        }
        return pixels;
    }

    private static void requireType(Mat mat, int type) {
        if (mat.empty() || mat.type() != type) {
            throw new IllegalArgumentException("expected a non-empty matrix of type " + type + ", got " + mat.type());
        }
    }
}
