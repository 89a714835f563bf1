package io.remo.testing;

import io.remo.imaging.RgbImage;
import java.util.Random;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Photographs of rooms that never existed, for tests: a one-point-perspective room (ceiling, three walls, a wooden
 * floor converging to a vanishing point, a window, a door, a sofa, a rug, a table, a lamp and two pictures) with
 * sensor noise and a little lens softness, so that photo checks see what a phone photo shows. The seed varies
 * colours and positions, and odd seeds see the room from the other side (mirrored), so that two consecutive seeds
 * are two different photos of a room rather than near-duplicates; the same seed and size give the same pixels.
 */
public final class SyntheticRoom {

    private SyntheticRoom() {
    }

    /** The room as encoded JPEG bytes, as a phone would upload it. */
    public static byte[] jpeg(int width, int height, long seed) {
        try (Mat bgr = renderBgr(width, height, seed); BytePointer buffer = new BytePointer();
                IntPointer params = new IntPointer(opencv_imgcodecs.IMWRITE_JPEG_QUALITY, 90)) {
            opencv_imgcodecs.imencode(".jpg", bgr, buffer, params);
            byte[] bytes = new byte[(int) buffer.limit()];
            buffer.get(bytes);
            return bytes;
        }
    }

    public static RgbImage rgb(int width, int height, long seed) {
        try (Mat bgr = renderBgr(width, height, seed); Mat rgb = new Mat()) {
            opencv_imgproc.cvtColor(bgr, rgb, opencv_imgproc.COLOR_BGR2RGB);
            byte[] pixels = new byte[width * height * 3];
            rgb.data().get(pixels);
            return new RgbImage(width, height, pixels);
        }
    }

    /** The room in OpenCV's BGR order; the caller closes it. */
    public static Mat renderBgr(int width, int height, long seed) {
        Random random = new Random(seed);
        Mat image = new Mat(height, width, opencv_core.CV_8UC3, new Scalar(0, 0, 0, 0));
        double w = width;
        double h = height;
        // The back wall and the vanishing point in its middle.
        double left = w * (0.26 + 0.05 * random.nextDouble());
        double right = w * (0.70 + 0.05 * random.nextDouble());
        double top = h * (0.20 + 0.05 * random.nextDouble());
        double bottom = h * (0.60 + 0.05 * random.nextDouble());
        double vx = (left + right) / 2;
        double vy = (top + bottom) / 2;

        int[] wall = jitter(random, 206, 196, 178, 14);
        int[] floor = jitter(random, 132, 92, 58, 12);
        int[] ceiling = shade(wall, 1.12);

        fill(image, new double[][] {{0, 0}, {w, 0}, {right, top}, {left, top}}, ceiling);
        fill(image, new double[][] {{0, 0}, {left, top}, {left, bottom}, {0, h}}, shade(wall, 0.86));
        fill(image, new double[][] {{w, 0}, {right, top}, {right, bottom}, {w, h}}, shade(wall, 0.80));
        fill(image, new double[][] {{left, top}, {right, top}, {right, bottom}, {left, bottom}}, wall);
        fill(image, new double[][] {{0, h}, {left, bottom}, {right, bottom}, {w, h}}, floor);

        // Floor planks converge to the vanishing point; seams across them get closer with distance.
        int thin = Math.max(1, width / 800);
        for (int i = 1; i < 14; i++) {
            double x = w * i / 14.0;
            double t = (bottom - vy) / (h - vy);
            line(image, x, h, vx + (x - vx) * t, bottom, shade(floor, 0.72), thin);
        }
        for (double y = bottom + (h - bottom) * 0.08; y < h; y += (y - vy) * 0.22) {
            double t = (y - vy) / (h - vy);
            line(image, vx - vx * t, y, vx + (w - vx) * t, y, shade(floor, 0.8), thin);
        }

        // Window with its frame and glazing bars, on the back wall.
        double wx0 = left + (right - left) * (0.12 + 0.1 * random.nextDouble());
        double wx1 = wx0 + (right - left) * 0.32;
        double wy0 = top + (bottom - top) * 0.15;
        double wy1 = top + (bottom - top) * 0.62;
        rect(image, wx0, wy0, wx1, wy1, new int[] {236, 240, 244});
        rect(image, wx0 + w * 0.006, wy0 + h * 0.008, wx1 - w * 0.006, wy1 - h * 0.008, jitter(random, 170, 205, 235, 10));
        line(image, (wx0 + wx1) / 2, wy0, (wx0 + wx1) / 2, wy1, new int[] {236, 240, 244}, Math.max(2, width / 300));
        line(image, wx0, (wy0 + wy1) / 2, wx1, (wy0 + wy1) / 2, new int[] {236, 240, 244}, Math.max(2, width / 300));

        // Door on the right wall, drawn in the wall's perspective.
        double dx0 = right + (w - right) * 0.25;
        double dx1 = right + (w - right) * 0.55;
        fill(image, new double[][] {{dx0, yOnRightWall(dx0, right, w, top, 0, h) + (bottom - top) * 0.18},
                {dx1, yOnRightWall(dx1, right, w, top, 0, h) + (bottom - top) * 0.10},
                {dx1, bottom + (h - bottom) * (dx1 - right) / (w - right)},
                {dx0, bottom + (h - bottom) * (dx0 - right) / (w - right)}}, jitter(random, 120, 84, 52, 10));

        // Rug, sofa, table and lamp standing on the floor.
        int[] textile = jitter(random, 110, 120, 140, 30);
        double rugTop = bottom + (h - bottom) * 0.25;
        fill(image, new double[][] {{vx - w * 0.25, rugTop}, {vx + w * 0.25, rugTop}, {vx + w * 0.38, h * 0.93},
                {vx - w * 0.38, h * 0.93}}, jitter(random, 180, 160, 140, 20));
        double sofaX0 = left + (right - left) * 0.05;
        double sofaX1 = right - (right - left) * 0.05;
        double sofaTop = bottom - (bottom - top) * 0.28;
        double seat = bottom + (h - bottom) * 0.12;
        rect(image, sofaX0, sofaTop, sofaX1, seat, textile);
        rect(image, sofaX0, sofaTop + (seat - sofaTop) * 0.45, sofaX1, seat, shade(textile, 1.15));
        for (int c = 1; c < 3; c++) {
            double x = sofaX0 + (sofaX1 - sofaX0) * c / 3;
            line(image, x, sofaTop + (seat - sofaTop) * 0.45, x, seat, shade(textile, 0.7), thin * 2);
        }
        double tableY = bottom + (h - bottom) * 0.45;
        rect(image, vx - w * 0.12, tableY, vx + w * 0.12, tableY + h * 0.035, jitter(random, 70, 50, 35, 8));
        rect(image, vx - w * 0.10, tableY + h * 0.035, vx - w * 0.09, tableY + h * 0.11, jitter(random, 60, 45, 30, 8));
        rect(image, vx + w * 0.09, tableY + h * 0.035, vx + w * 0.10, tableY + h * 0.11, jitter(random, 60, 45, 30, 8));
        double lampX = left * 0.55;
        rect(image, lampX - w * 0.004, h * 0.42, lampX + w * 0.004, h * 0.82, new int[] {40, 40, 40});
        fill(image, new double[][] {{lampX - w * 0.035, h * 0.42}, {lampX + w * 0.035, h * 0.42}, {lampX + w * 0.022, h * 0.34},
                {lampX - w * 0.022, h * 0.34}}, new int[] {240, 228, 200});

        // Two pictures above the sofa.
        int[] art = jitter(random, 90, 130, 110, 60);
        rect(image, wx1 + (right - wx1) * 0.15, top + (bottom - top) * 0.18, wx1 + (right - wx1) * 0.5, top + (bottom - top) * 0.45,
                new int[] {30, 30, 30});
        rect(image, wx1 + (right - wx1) * 0.17, top + (bottom - top) * 0.20, wx1 + (right - wx1) * 0.48, top + (bottom - top) * 0.43, art);
        rect(image, wx1 + (right - wx1) * 0.6, top + (bottom - top) * 0.22, wx1 + (right - wx1) * 0.85, top + (bottom - top) * 0.40,
                shade(art, 0.6));

        // Light falls off away from the window; then the sensor: noise and a little softness.
        try (Mat noise = new Mat(height, width, opencv_core.CV_16SC3); Mat image16 = new Mat()) {
            opencv_core.setRNGSeed((int) seed);
            opencv_core.randn(noise, new Mat(1, 1, opencv_core.CV_64F, new Scalar(0)), new Mat(1, 1, opencv_core.CV_64F, new Scalar(5)));
            image.convertTo(image16, opencv_core.CV_16SC3);
            opencv_core.add(image16, noise, image16);
            image16.convertTo(image, opencv_core.CV_8UC3);
        }
        int kernel = Math.max(3, (width / 1000) | 1);
        opencv_imgproc.GaussianBlur(image, image, new Size(kernel, kernel), 0);
        if ((seed & 1) == 1) {
            opencv_core.flip(image, image, 1);
        }
        return image;
    }

    private static double yOnRightWall(double x, double right, double w, double top, double y0, double h) {
        return top + (y0 - top) * (x - right) / (w - right);
    }

    private static int[] jitter(Random random, int r, int g, int b, int amount) {
        return new int[] {clamp(r + random.nextInt(2 * amount + 1) - amount), clamp(g + random.nextInt(2 * amount + 1) - amount),
                clamp(b + random.nextInt(2 * amount + 1) - amount)};
    }

    private static int[] shade(int[] rgb, double factor) {
        return new int[] {clamp((int) (rgb[0] * factor)), clamp((int) (rgb[1] * factor)), clamp((int) (rgb[2] * factor))};
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static Scalar bgr(int[] rgb) {
        return new Scalar(rgb[2], rgb[1], rgb[0], 0);
    }

    private static void fill(Mat image, double[][] corners, int[] rgb) {
        try (Mat polygon = new Mat(corners.length, 1, opencv_core.CV_32SC2)) {
            IntPointer data = new IntPointer(polygon.data());
            for (int i = 0; i < corners.length; i++) {
                data.put(2L * i, (int) Math.round(corners[i][0]));
                data.put(2L * i + 1, (int) Math.round(corners[i][1]));
            }
            try (MatVector polygons = new MatVector(polygon); Scalar color = bgr(rgb)) {
                opencv_imgproc.fillPoly(image, polygons, color, opencv_imgproc.LINE_AA, 0, new Point());
            }
        }
    }

    private static void rect(Mat image, double x0, double y0, double x1, double y1, int[] rgb) {
        fill(image, new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, rgb);
    }

    private static void line(Mat image, double x0, double y0, double x1, double y1, int[] rgb, int thickness) {
        try (Point a = new Point((int) Math.round(x0), (int) Math.round(y0));
                Point b = new Point((int) Math.round(x1), (int) Math.round(y1)); Scalar color = bgr(rgb)) {
            opencv_imgproc.line(image, a, b, color, thickness, opencv_imgproc.LINE_AA, 0);
        }
    }
}
