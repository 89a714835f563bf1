package io.remo.revision.edit;

import java.util.Random;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_photo;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Fills a hole from its surroundings. Diffusion-style inpainting is plausible a few pixels deep and smears beyond; so
 * a shallow hole is filled at full resolution (Telea), and a deep one at a coarser scale where it is shallow
 * (Navier-Stokes, which carries straight edges such as a wall's corner or the floor line across better), then brought
 * back up. The coarse fill is smooth where the photo has grain, so the grain measured around the hole is added back
 * (seeded).
 */
public final class Inpainter {

    /** Depth (pixels from the border to the hole's middle) that Telea fills well at full resolution. */
    private static final double SHALLOW = 8;
    private static final double RADIUS = 3;

    private Inpainter() {
    }

    /**
     * @param rgb  8-bit, 3 channels
     * @param hole 8-bit, non-zero where to fill
     * @return a new matrix, equal to {@code rgb} outside the hole; released with the caller's pointer scope
     */
    public static Mat fill(Mat rgb, Mat hole, long seed) {
        Mat binary = new Mat();
        opencv_imgproc.threshold(hole, binary, 0, 255, opencv_imgproc.THRESH_BINARY);
        Mat filled = new Mat();
        double depth = depth(binary);
        if (depth <= SHALLOW) {
            opencv_photo.inpaint(rgb, binary, filled, RADIUS, opencv_photo.INPAINT_TELEA);
            return filled;
        }
        try (PointerScope scope = new PointerScope()) {
            double factor = SHALLOW / depth;
            Size small = new Size(Math.max(1, (int) Math.round(rgb.cols() * factor)),
                    Math.max(1, (int) Math.round(rgb.rows() * factor)));
            Mat smallRgb = new Mat();
            Mat smallHole = new Mat();
            opencv_imgproc.resize(rgb, smallRgb, small, 0, 0, opencv_imgproc.INTER_AREA);
            opencv_imgproc.resize(binary, smallHole, small, 0, 0, opencv_imgproc.INTER_AREA);
            // A coarse pixel that saw any of the hole is part of it: its colour is contaminated by what goes.
            opencv_imgproc.threshold(smallHole, smallHole, 0, 255, opencv_imgproc.THRESH_BINARY);
            Mat smallFilled = new Mat();
            opencv_photo.inpaint(smallRgb, smallHole, smallFilled, RADIUS, opencv_photo.INPAINT_NS);
            Mat up = new Mat();
            opencv_imgproc.resize(smallFilled, up, rgb.size(), 0, 0, opencv_imgproc.INTER_CUBIC);
            addGrain(up, rgb, binary, seed);
            rgb.copyTo(filled);
            up.copyTo(filled, binary);
        }
        return filled;
    }

    /** Half the width of the hole's thickest part. */
    private static double depth(Mat hole) {
        try (PointerScope scope = new PointerScope()) {
            Mat distance = new Mat();
            opencv_imgproc.distanceTransform(hole, distance, opencv_imgproc.DIST_L2, 3);
            DoublePointer min = new DoublePointer(1);
            DoublePointer max = new DoublePointer(1);
            opencv_core.minMaxLoc(distance, min, max, new Point(), new Point(), new Mat());
            return max.get();
        }
    }

    /** Adds noise with the spread of the fine detail in a ring around the hole, per channel. */
    private static void addGrain(Mat target, Mat source, Mat hole, long seed) {
        try (PointerScope scope = new PointerScope()) {
            // The ring starts beyond the reach of the 5 x 5 blur below, so that no hole pixel leaks into its detail.
            Mat ring = new Mat();
            Mat near = new Mat();
            opencv_imgproc.dilate(hole, ring, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(17, 17)));
            opencv_imgproc.dilate(hole, near, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_RECT,
                    new Size(5, 5)));
            opencv_core.subtract(ring, near, ring);
            if (opencv_core.countNonZero(ring) == 0) {
                return;
            }
            Mat sourceFloat = new Mat();
            source.convertTo(sourceFloat, opencv_core.CV_32FC3);
            Mat smooth = new Mat();
            opencv_imgproc.GaussianBlur(sourceFloat, smooth, new Size(5, 5), 1.2);
            Mat detail = new Mat();
            opencv_core.subtract(sourceFloat, smooth, detail);
            Mat mean = new Mat();
            Mat deviation = new Mat();
            opencv_core.meanStdDev(detail, mean, deviation, ring);
            DoublePointer spread = new DoublePointer(deviation.data());
            double[] sigma = {spread.get(0), spread.get(1), spread.get(2)};

            // Both are fresh, continuous matrices.
            byte[] pixels = new byte[target.cols() * target.rows() * 3];
            byte[] inHole = new byte[hole.cols() * hole.rows()];
            target.data().get(pixels);
            hole.data().get(inHole);
            Random random = new Random(seed);
            for (int p = 0; p < inHole.length; p++) {
                if (inHole[p] == 0) {
                    continue;
                }
                for (int c = 0; c < 3; c++) {
                    double value = (pixels[3 * p + c] & 0xFF) + random.nextGaussian() * sigma[c];
                    pixels[3 * p + c] = (byte) Math.max(0, Math.min(255, Math.round(value)));
                }
            }
            target.data().put(pixels);
        }
    }
}
