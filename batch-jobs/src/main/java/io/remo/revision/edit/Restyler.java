package io.remo.revision.edit;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Gives a region a new colour and finish in Lab space, keeping its luminance detail (folds, shading, edges), so that
 * it still reads as the same shape: the region's mean lightness and colour move to the target's, its lightness
 * detail is kept in proportion (a dark target darkens shadows too), and the finish's pattern is laid over it. A
 * {@link Strength#REPLACEMENT} keeps less of the old detail and lays a stronger, more contrasted pattern, so that the
 * region reads as another object.
 */
public final class Restyler {

    public enum Strength { FINISH, REPLACEMENT }

    /**
     * Edit-mask weight from which a pixel belongs to the region itself rather than to its fade-out ring: the feather
     * leaves about 249 on the region's edge and less than 235 one pixel beyond it.
     */
    public static final int CORE = 240;

    /** Warmth moves a and b (Lab) by this much at +-1: mostly towards yellow, a little towards red. */
    private static final double WARMTH_A = 3;
    private static final double WARMTH_B = 14;
    /** How much of the old colour variation survives the repaint. */
    private static final double CHROMA_KEPT = 0.25;

    private Restyler() {
    }

    /**
     * @param rgb        the region's pixels, 8-bit RGB
     * @param inside     non-zero where the region's statistics are taken
     * @param pixelScale image width / 1024
     * @return a new matrix of rgb's size, released with the caller's pointer scope
     */
    public static Mat restyle(Mat rgb, Mat inside, Look look, Strength strength, double pixelScale, long seed) {
        Mat restyled = new Mat();
        try (PointerScope scope = new PointerScope()) {
            Mat lab = new Mat();
            rgb.convertTo(lab, opencv_core.CV_32FC3, 1 / 255.0, 0);
            opencv_imgproc.cvtColor(lab, lab, opencv_imgproc.COLOR_RGB2Lab);
            Scalar mean = opencv_core.mean(lab, inside);
            float[] target = toLab(look.rgb());
            double currentL = Math.max(1, mean.get(0));
            double detailGain = Math.max(0.4, Math.min(1.6, target[0] / currentL));
            double patternGain = FinishTextures.strength(look.texture());
            if (strength == Strength.REPLACEMENT) {
                detailGain *= 0.6;
                patternGain *= 1.6;
            }
            MatVector channels = new MatVector();
            opencv_core.split(lab, channels);
            Mat lightness = channels.get(0);
            lightness.convertTo(lightness, opencv_core.CV_32F, detailGain, target[0] - detailGain * mean.get(0));
            Mat pattern = new Mat(rgb.rows(), rgb.cols(), opencv_core.CV_32F);
            new FloatPointer(pattern.data()).put(FinishTextures.pattern(look.texture(), rgb.cols(), rgb.rows(),
                    pixelScale, seed));
            opencv_core.scaleAdd(pattern, patternGain, lightness, lightness);
            channels.get(1).convertTo(channels.get(1), opencv_core.CV_32F, CHROMA_KEPT,
                    target[1] - CHROMA_KEPT * mean.get(1) + WARMTH_A * look.warmth());
            channels.get(2).convertTo(channels.get(2), opencv_core.CV_32F, CHROMA_KEPT,
                    target[2] - CHROMA_KEPT * mean.get(2) + WARMTH_B * look.warmth());
            opencv_core.merge(channels, lab);
            opencv_imgproc.cvtColor(lab, lab, opencv_imgproc.COLOR_Lab2RGB);
            lab.convertTo(restyled, opencv_core.CV_8UC3, 255, 0);
        }
        return restyled;
    }

    /**
     * Gives each pixel of the fade-out ring, and of the region's own rim, the value of the nearest pixel deeper
     * inside, so that a restyled object fades into its surroundings with its own colours: restyled, the ring (the
     * wall behind) and the rim (where the photo blends object and wall) would draw a halo of the new colour.
     *
     * @param restyled a fresh (continuous) 8-bit RGB matrix, changed in place
     * @param weights  the edit mask over the same pixels
     * @param rim      how deep the rim is, in pixels
     */
    public static void spreadFromCore(Mat restyled, Mat weights, int rim) {
        try (PointerScope scope = new PointerScope()) {
            int count = restyled.rows() * restyled.cols();
            Mat core = new Mat();
            opencv_imgproc.threshold(weights, core, CORE - 1, 255, opencv_imgproc.THRESH_BINARY);
            opencv_imgproc.erode(core, core, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(2 * rim + 1, 2 * rim + 1)));
            if (opencv_core.countNonZero(core) == 0) {
                return;
            }
            Mat outsideCore = new Mat();
            opencv_core.bitwise_not(core, outsideCore);
            Mat distance = new Mat();
            Mat labels = new Mat();
            // Every pixel gets the label of its nearest core pixel; core pixels are labelled 1, 2, ... in raster order.
            opencv_imgproc.distanceTransformWithLabels(outsideCore, distance, labels, opencv_imgproc.DIST_L2, 5,
                    opencv_imgproc.DIST_LABEL_PIXEL);
            int[] nearest = new int[count];
            new IntPointer(labels.data()).get(nearest);
            byte[] inCore = new byte[count];
            core.data().get(inCore);
            int[] coreIndex = new int[count];
            int cores = 0;
            for (int p = 0; p < count; p++) {
                if (inCore[p] != 0) {
                    coreIndex[cores++] = p;
                }
            }
            byte[] pixels = new byte[count * 3];
            restyled.data().get(pixels);
            for (int p = 0; p < count; p++) {
                if (inCore[p] == 0) {
                    System.arraycopy(pixels, 3 * coreIndex[nearest[p] - 1], pixels, 3 * p, 3);
                }
            }
            restyled.data().put(pixels);
        }
    }

    /** The mean colour of the pixels where {@code inside} is non-zero, as sRGB. */
    public static int[] meanRgb(Mat rgb, Mat inside) {
        try (Scalar mean = opencv_core.mean(rgb, inside)) {
            return new int[] {(int) Math.round(mean.get(0)), (int) Math.round(mean.get(1)),
                    (int) Math.round(mean.get(2))};
        }
    }

    private static float[] toLab(int[] rgb) {
        try (Mat pixel = new Mat(1, 1, opencv_core.CV_32FC3); FloatPointer values = new FloatPointer(pixel.data())) {
            values.put(rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f);
            opencv_imgproc.cvtColor(pixel, pixel, opencv_imgproc.COLOR_RGB2Lab);
            float[] lab = new float[3];
            new FloatPointer(pixel.data()).get(lab);
            return lab;
        }
    }
}
