package io.remo.pipeline.engine.classical;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * An image in CIE L*a*b* (D65), as three float planes: L* 0 .. 100, a* and b* about -128 .. 127. Colour work happens
 * here because distances in Lab follow perceived differences (Delta E, CIE76) and lightness separates from colour, so
 * shading survives a change of hue.
 */
final class LabPixels {

    final int width;
    final int height;
    final float[] l;
    final float[] a;
    final float[] b;

    private LabPixels(int width, int height, float[] l, float[] a, float[] b) {
        this.width = width;
        this.height = height;
        this.l = l;
        this.a = a;
        this.b = b;
    }

    /** From an 8-bit RGB matrix. */
    static LabPixels of(Mat rgb) {
        Mat rgbFloat = new Mat();
        rgb.convertTo(rgbFloat, opencv_core.CV_32FC3, 1 / 255.0, 0);
        Mat lab = new Mat();
        opencv_imgproc.cvtColor(rgbFloat, lab, opencv_imgproc.COLOR_RGB2Lab);
        float[] interleaved = OpenCvImages.floats(lab);
        int n = rgb.cols() * rgb.rows();
        float[] l = new float[n];
        float[] a = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            l[i] = interleaved[3 * i];
            a[i] = interleaved[3 * i + 1];
            b[i] = interleaved[3 * i + 2];
        }
        rgbFloat.close();
        lab.close();
        return new LabPixels(rgb.cols(), rgb.rows(), l, a, b);
    }

    /** Back to an 8-bit RGB matrix; colours outside sRGB are clipped per channel. */
    Mat toRgb() {
        int n = width * height;
        float[] interleaved = new float[3 * n];
        for (int i = 0; i < n; i++) {
            interleaved[3 * i] = Math.max(0, Math.min(100, l[i]));
            interleaved[3 * i + 1] = a[i];
            interleaved[3 * i + 2] = b[i];
        }
        Mat lab = OpenCvImages.floatMat(interleaved, width, height, 3);
        Mat rgbFloat = new Mat();
        opencv_imgproc.cvtColor(lab, rgbFloat, opencv_imgproc.COLOR_Lab2RGB);
        Mat rgb = new Mat();
        rgbFloat.convertTo(rgb, opencv_core.CV_8UC3, 255, 0);
        lab.close();
        rgbFloat.close();
        return rgb;
    }

    int size() {
        return width * height;
    }

    /** Lab of one sRGB colour. */
    static float[] ofRgb(int red, int green, int blue) {
        try (Mat pixel = new Mat(1, 1, opencv_core.CV_32FC3)) {
            new org.bytedeco.javacpp.FloatPointer(pixel.data()).put(red / 255f, green / 255f, blue / 255f);
            try (Mat lab = new Mat()) {
                opencv_imgproc.cvtColor(pixel, lab, opencv_imgproc.COLOR_RGB2Lab);
                return OpenCvImages.floats(lab);
            }
        }
    }
}
