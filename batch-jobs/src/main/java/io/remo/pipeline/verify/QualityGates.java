package io.remo.pipeline.verify;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.classical.OpenCvImages;
import io.remo.pipeline.engine.classical.StructuralEdges;
import io.remo.pipeline.verify.GateResult.Bound;
import io.remo.pipeline.verify.GateResult.Measurement;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The checks the pipeline's verify step runs on rendered options. Thread-safe; results carry value and threshold.
 *
 * <ul>
 *   <li><b>structure</b>: the option keeps the room's structure. Its structural edges ({@link StructuralEdges}, the
 *       detector the classical analysis uses) are compared with the source photo's, after resizing the option to the
 *       source map's size: an edge pixel matches when the other map has one within
 *       {@link Thresholds#structureTolerance} of the long side (3 px at 1024). Precision (option edges that match) and
 *       recall (source edges that are kept) give F1, which must reach {@link Thresholds#structureMinF1} (default
 *       0.5). Measured on the synthetic rooms of the tests: classical options 0.72 to 0.97; another room of the same
 *       layout 0.5 to 0.66; the room upside down 0.2 to 0.25, mirrored 0.3 to 0.7 (the rooms are nearly symmetric);
 *       blurred (sigma 4 px) about 0.33, blurred beyond recognition 0.</li>
 *   <li><b>blank-or-saturated</b>: the luminance varies (standard deviation at least
 *       {@link Thresholds#minLuminanceDeviation}, default 8 of 255: a flat or nearly flat image fails) and few pixels
 *       are clipped (luminance at most 3 or at least 252 in no more than {@link Thresholds#maxClippedShare}, default
 *       30 %, of the image; a blown-out window alone stays well under it).</li>
 *   <li><b>distinct</b>: the two options differ visibly: mean Delta E (CIE76, in Lab, at 256 px long side so that
 *       noise and single pixels do not count) of at least {@link Thresholds#minMeanDeltaE}, default 4. About 2.3 is
 *       a just noticeable difference. Measured: the classical engine's faithful and bolder readings 5.9 to 16.5 apart,
 *       two seeds of the same reading 0.7 to 1.0.</li>
 * </ul>
 */
public final class QualityGates {

    /**
     * @param structureMinF1        least F1 of matched structural edges
     * @param structureTolerance    matching distance as a fraction of the long side
     * @param minLuminanceDeviation least standard deviation of the 8-bit luminance
     * @param maxClippedShare       largest share of pixels with luminance at most 3 or at least 252
     * @param minMeanDeltaE         least mean Delta E between the two options
     */
    public record Thresholds(double structureMinF1, double structureTolerance, double minLuminanceDeviation,
                             double maxClippedShare, double minMeanDeltaE) {

        public static final Thresholds DEFAULTS = new Thresholds(0.5, 3.0 / 1024, 8, 0.3, 4);
    }

    private static final int DISTINCT_LONG_SIDE = 256;
    private static final int BLANK_LONG_SIDE = 512;

    private final Thresholds thresholds;

    public QualityGates() {
        this(Thresholds.DEFAULTS);
    }

    public QualityGates(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public GateResult structurePreserved(GrayImage sourceEdges, RgbImage output) {
        try (PointerScope scope = new PointerScope()) {
            int w = sourceEdges.width();
            int h = sourceEdges.height();
            Mat source = binary(OpenCvImages.grayMat(sourceEdges));
            Mat produced = binary(StructuralEdges.detect(OpenCvImages.resized(OpenCvImages.rgbMat(output), w, h)));
            int radius = Math.max(1, (int) Math.round(thresholds.structureTolerance() * Math.max(w, h)));
            Mat kernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(2 * radius + 1, 2 * radius + 1));
            Mat sourceNear = new Mat();
            Mat producedNear = new Mat();
            opencv_imgproc.dilate(source, sourceNear, kernel);
            opencv_imgproc.dilate(produced, producedNear, kernel);
            double sourceCount = opencv_core.countNonZero(source);
            double producedCount = opencv_core.countNonZero(produced);
            Mat overlap = new Mat();
            opencv_core.bitwise_and(produced, sourceNear, overlap);
            double precision = producedCount == 0 ? 0 : opencv_core.countNonZero(overlap) / producedCount;
            opencv_core.bitwise_and(source, producedNear, overlap);
            double recall = sourceCount == 0 ? 0 : opencv_core.countNonZero(overlap) / sourceCount;
            double f1 = sourceCount == 0 && producedCount == 0 ? 1
                    : precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new GateResult("structure", List.of(
                    new Measurement("edgeF1", f1, thresholds.structureMinF1(), Bound.AT_LEAST),
                    new Measurement("edgePrecision", precision, 0, Bound.AT_LEAST),
                    new Measurement("edgeRecall", recall, 0, Bound.AT_LEAST)));
        }
    }

    public GateResult blankOrSaturated(RgbImage image) {
        try (PointerScope scope = new PointerScope()) {
            int[] size = OpenCvImages.fitLongSide(image.width(), image.height(),
                    Math.min(BLANK_LONG_SIDE, Math.max(image.width(), image.height())));
            Mat rgb = OpenCvImages.resized(OpenCvImages.rgbMat(image), size[0], size[1]);
            Mat gray = new Mat();
            opencv_imgproc.cvtColor(rgb, gray, opencv_imgproc.COLOR_RGB2GRAY);
            byte[] pixels = OpenCvImages.bytes(gray);
            double sum = 0;
            double squares = 0;
            int clipped = 0;
            for (byte pixel : pixels) {
                int value = pixel & 0xFF;
                sum += value;
                squares += (double) value * value;
                if (value <= 3 || value >= 252) {
                    clipped++;
                }
            }
            double mean = sum / pixels.length;
            double deviation = Math.sqrt(Math.max(0, squares / pixels.length - mean * mean));
            return new GateResult("blank-or-saturated", List.of(
                    new Measurement("luminanceDeviation", deviation, thresholds.minLuminanceDeviation(), Bound.AT_LEAST),
                    new Measurement("clippedShare", (double) clipped / pixels.length, thresholds.maxClippedShare(),
                            Bound.AT_MOST)));
        }
    }

    public GateResult distinctEnough(RgbImage option0, RgbImage option1) {
        try (PointerScope scope = new PointerScope()) {
            int[] size = OpenCvImages.fitLongSide(option0.width(), option0.height(), DISTINCT_LONG_SIDE);
            float[] first = lab(option0, size);
            float[] second = lab(option1, size);
            double total = 0;
            for (int i = 0; i < first.length; i += 3) {
                double dl = first[i] - second[i];
                double da = first[i + 1] - second[i + 1];
                double db = first[i + 2] - second[i + 2];
                total += Math.sqrt(dl * dl + da * da + db * db);
            }
            double mean = total / (first.length / 3.0);
            return new GateResult("distinct", List.of(
                    new Measurement("meanDeltaE", mean, thresholds.minMeanDeltaE(), Bound.AT_LEAST)));
        }
    }

    private static Mat binary(Mat edges) {
        Mat binary = new Mat();
        opencv_imgproc.threshold(edges, binary, 0, 255, opencv_imgproc.THRESH_BINARY);
        return binary;
    }

    private static float[] lab(RgbImage image, int[] size) {
        Mat rgb = OpenCvImages.resized(OpenCvImages.rgbMat(image), size[0], size[1]);
        Mat rgbFloat = new Mat();
        rgb.convertTo(rgbFloat, opencv_core.CV_32FC3, 1 / 255.0, 0);
        Mat lab = new Mat();
        opencv_imgproc.cvtColor(rgbFloat, lab, opencv_imgproc.COLOR_RGB2Lab);
        return OpenCvImages.floats(lab);
    }
}
