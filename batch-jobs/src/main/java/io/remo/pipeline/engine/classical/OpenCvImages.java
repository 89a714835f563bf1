package io.remo.pipeline.engine.classical;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Copies between the engines' images and OpenCV matrices. Matrices made here belong to the caller, who releases them
 * (the engine's stages run inside a {@link org.bytedeco.javacpp.PointerScope}).
 */
public final class OpenCvImages {

    private OpenCvImages() {
    }

    /** An 8-bit, 3-channel matrix in R, G, B order (OpenCV's colour conversions take it with the RGB2* codes). */
    public static Mat rgbMat(RgbImage image) {
        Mat mat = new Mat(image.height(), image.width(), opencv_core.CV_8UC3);
        mat.data().put(image.pixels());
        return mat;
    }

    public static Mat grayMat(GrayImage image) {
        Mat mat = new Mat(image.height(), image.width(), opencv_core.CV_8UC1);
        mat.data().put(image.pixels());
        return mat;
    }

    public static Mat grayMat(byte[] pixels, int width, int height) {
        Mat mat = new Mat(height, width, opencv_core.CV_8UC1);
        mat.data().put(pixels);
        return mat;
    }

    public static Mat floatMat(float[] values, int width, int height, int channels) {
        Mat mat = new Mat(height, width, opencv_core.CV_32FC(channels));
        new FloatPointer(mat.data()).put(values);
        return mat;
    }

    public static RgbImage rgbImage(Mat rgb) {
        return new RgbImage(rgb.cols(), rgb.rows(), bytes(rgb));
    }

    public static GrayImage grayImage(Mat gray) {
        return new GrayImage(gray.cols(), gray.rows(), bytes(gray));
    }

    /** The pixels of an 8-bit matrix, row-major and interleaved. */
    public static byte[] bytes(Mat mat) {
        Mat continuous = mat.isContinuous() ? mat : mat.clone();
        byte[] pixels = new byte[(int) (continuous.total() * continuous.channels())];
        BytePointer data = continuous.data();
        data.get(pixels);
        return pixels;
    }

    /** The values of a 32-bit float matrix, row-major and interleaved. */
    public static float[] floats(Mat mat) {
        Mat continuous = mat.isContinuous() ? mat : mat.clone();
        float[] values = new float[(int) (continuous.total() * continuous.channels())];
        new FloatPointer(continuous.data()).get(values);
        return values;
    }

    /** Area interpolation when shrinking (no aliasing), bicubic when enlarging; a copy when the size is right. */
    public static Mat resized(Mat source, int width, int height) {
        Mat target = new Mat();
        if (source.cols() == width && source.rows() == height) {
            source.copyTo(target);
            return target;
        }
        int interpolation = width < source.cols() ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_CUBIC;
        opencv_imgproc.resize(source, target, new Size(width, height), 0, 0, interpolation);
        return target;
    }

    /** Label and mask maps keep their values: nearest neighbour. */
    public static Mat resizedNearest(Mat source, int width, int height) {
        Mat target = new Mat();
        if (source.cols() == width && source.rows() == height) {
            source.copyTo(target);
            return target;
        }
        opencv_imgproc.resize(source, target, new Size(width, height), 0, 0, opencv_imgproc.INTER_NEAREST);
        return target;
    }

    /** Width and height with the given long side and the aspect of {@code width x height}. */
    public static int[] fitLongSide(int width, int height, int longSide) {
        if (width >= height) {
            return new int[] {longSide, Math.max(1, (int) Math.round((double) height * longSide / width))};
        }
        return new int[] {Math.max(1, (int) Math.round((double) width * longSide / height)), longSide};
    }
}
