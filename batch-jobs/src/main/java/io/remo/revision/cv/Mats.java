package io.remo.revision.cv;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Copies between the engines' images and OpenCV matrices. Matrices keep the R, G, B order of {@link RgbImage}; the
 * caller closes what it gets (or opens a {@code PointerScope}).
 */
public final class Mats {

    private Mats() {
    }

    public static Mat rgb(RgbImage image) {
        Mat mat = new Mat(image.height(), image.width(), opencv_core.CV_8UC3);
        mat.data().put(image.pixels());
        return mat;
    }

    public static Mat gray(GrayImage image) {
        Mat mat = new Mat(image.height(), image.width(), opencv_core.CV_8UC1);
        mat.data().put(image.pixels());
        return mat;
    }

    public static RgbImage toRgb(Mat mat) {
        if (mat.type() != opencv_core.CV_8UC3) {
            throw new IllegalArgumentException("expected an 8-bit 3-channel matrix, got type " + mat.type());
        }
        byte[] pixels = new byte[mat.rows() * mat.cols() * 3];
        read(mat, pixels);
        return new RgbImage(mat.cols(), mat.rows(), pixels);
    }

    public static GrayImage toGray(Mat mat) {
        if (mat.type() != opencv_core.CV_8UC1) {
            throw new IllegalArgumentException("expected an 8-bit 1-channel matrix, got type " + mat.type());
        }
        byte[] pixels = new byte[mat.rows() * mat.cols()];
        read(mat, pixels);
        return new GrayImage(mat.cols(), mat.rows(), pixels);
    }

    private static void read(Mat mat, byte[] pixels) {
        if (mat.isContinuous()) {
            mat.data().get(pixels);
        } else {
            try (Mat copy = mat.clone()) {
                copy.data().get(pixels);
            }
        }
    }

    /** The bounding box of the non-zero pixels of a mask, or null when it has none. */
    public static Box nonZeroBounds(GrayImage mask) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        byte[] pixels = mask.pixels();
        for (int y = 0; y < mask.height(); y++) {
            int row = y * mask.width();
            for (int x = 0; x < mask.width(); x++) {
                if (pixels[row + x] != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        return maxX < 0 ? null : new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
