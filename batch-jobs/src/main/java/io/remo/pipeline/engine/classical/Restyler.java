package io.remo.pipeline.engine.classical;

import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RegionLabel;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.pipeline.engine.classical.StylePlan.Paint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_photo;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Paints a {@link StylePlan} onto a room photo, region by region, in Lab.
 *
 * <p>Each region (walls, the accent wall, floor, ceiling, each piece of furniture) moves to its target colour while
 * keeping what makes it look real: the luminance is split into shading (a blur) and texture (the rest); the new
 * lightness is the target's plus the region's shading around its mean, scaled by the ratio of target to source
 * lightness (a dark paint shows less shading), plus the texture (strengthened for wood, flattened for stone); the
 * chroma moves to the target's, keeping part of the pixel's own deviation. Region masks are softened by a guided filter
 * led by the photo's luminance, so that colour transitions follow the real edges rather than the segmentation's
 * pixel boundaries. Windows, doors and small things keep their colours. Then the light (white balance, exposure), the
 * mood's tone (contrast S-curve, saturation) and the avoided colours apply to the whole picture.
 *
 * <p>Decluttering comes first: small isolated things (OTHER regions, small FURNITURE) up to an area that grows with
 * {@code declutter} are filled in from their surroundings (Telea inpainting) and take the label of the surface behind.
 */
final class Restyler {

    /** At declutter 1, things up to this share of the image are removed; furniture up to half of it. */
    private static final double DECLUTTER_MAX_AREA = 0.015;
    private static final int THIN_ELONGATION = 5;
    /** A piece of furniture within this Delta E of a colour named in the keep items is left alone. */
    private static final double KEEP_DISTANCE = 25;
    /** Share of the pixel's own chroma deviation from its region's mean that survives the recolouring. */
    private static final float CHROMA_VARIATION = 0.5f;
    private static final double SHADING_REACH = 25;
    private static final int TONE_STEPS = 10_000;
    private static final int KEEP = 0;
    private static final int WALL = 1;
    private static final int ACCENT_WALL = 2;
    private static final int FLOOR = 3;
    private static final int CEILING = 4;
    private static final int FIRST_ACCENT = 5;

    record Result(RgbImage image, String description) {
    }

    private Restyler() {
    }

    static Result render(RgbImage photo, RoomAnalysis analysis, StylePlan plan, int outputLongSide,
            JobControl control) {
        try (PointerScope scope = new PointerScope()) {
            int[] size = OpenCvImages.fitLongSide(photo.width(), photo.height(), outputLongSide);
            int w = size[0];
            int h = size[1];
            Mat rgb = OpenCvImages.resized(OpenCvImages.rgbMat(photo), w, h);
            byte[] labels = OpenCvImages.bytes(OpenCvImages.resizedNearest(OpenCvImages.grayMat(analysis.segmentation()), w, h));
            byte[] depth = OpenCvImages.bytes(OpenCvImages.resized(OpenCvImages.grayMat(analysis.depth()), w, h));
            control.progress(0.1, "prepared");
            control.checkCancelled();

            int decluttered = Declutter.apply(rgb, labels, plan, w, h);
            control.progress(0.3, "decluttered");
            control.checkCancelled();

            LabPixels lab = LabPixels.of(rgb);
            byte[] targets = targets(labels, depth, lab, plan, w, h);
            List<Paint> paints = paints(plan);
            RegionMaps maps = RegionMaps.of(targets, paints.size(), lab.l, w, h);
            float[] shading = maps.shading();
            float[][] weights = maps.weights();
            control.progress(0.5, "regions");
            control.checkCancelled();

            float[] mottle = plan.finish() != null && plan.finish().mottle() > 0
                    ? mottle(w, h, plan.seed(), plan.finish().mottle()) : null;
            recolour(lab, shading, targets, weights, paints, plan, mottle);
            control.progress(0.75, "recoloured");
            control.checkCancelled();

            light(lab, plan);
            AvoidColors.pushPixels(lab, plan.avoid().stream().map(Paint::lab).toList());
            rollOffHighlights(lab);
            RgbImage image = OpenCvImages.rgbImage(lab.toRgb());
            control.progress(1, "rendered");
            return new Result(image, plan.describe(decluttered));
        }
    }

    /** Paints by target index; null where nothing is painted. */
    private static List<Paint> paints(StylePlan plan) {
        List<Paint> paints = new ArrayList<>(Arrays.asList(null, plan.wall(), plan.accentWall(), plan.floor(),
                plan.ceiling()));
        paints.addAll(plan.accents());
        return paints;
    }

    /**
     * The target of each pixel: walls (the back wall, where depth is 0, as the accent wall when there is one), floor,
     * ceiling, and each piece of furniture, largest first, an accent in turn; windows, doors, other things and kept
     * furniture stay.
     */
    private static byte[] targets(byte[] labels, byte[] depth, LabPixels lab, StylePlan plan, int w, int h) {
        byte[] targets = new byte[labels.length];
        boolean accentWall = plan.accentWall() != null;
        for (int i = 0; i < labels.length; i++) {
            RegionLabel label = RegionLabel.of(labels[i]);
            targets[i] = (byte) switch (label) {
                case WALL -> accentWall && depth[i] == 0 ? ACCENT_WALL : WALL;
                case FLOOR -> FLOOR;
                case CEILING -> CEILING;
                default -> KEEP;
            };
        }
        if (plan.accents().isEmpty()) {
            return targets;
        }
        Components pieces = Components.of(OpenCvImages.grayMat(mask(labels, RegionLabel.FURNITURE), w, h));
        Integer[] bySize = new Integer[pieces.count - 1];
        for (int c = 1; c < pieces.count; c++) {
            bySize[c - 1] = c;
        }
        Arrays.sort(bySize, (p, q) -> pieces.area[q] != pieces.area[p] ? pieces.area[q] - pieces.area[p] : p - q);
        int[] accentOf = new int[pieces.count];
        float[][] meanColours = meanColours(pieces, lab);
        int next = 0;
        for (int piece : bySize) {
            boolean kept = plan.keepColours().stream()
                    .anyMatch(colour -> distance(meanColours[piece], colour) < KEEP_DISTANCE);
            accentOf[piece] = kept ? KEEP : FIRST_ACCENT + next++ % plan.accents().size();
        }
        for (int i = 0; i < labels.length; i++) {
            if (pieces.labels[i] != 0) {
                targets[i] = (byte) accentOf[pieces.labels[i]];
            }
        }
        return targets;
    }

    static byte[] mask(byte[] labels, RegionLabel label) {
        byte[] mask = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label.code()) {
                mask[i] = (byte) 255;
            }
        }
        return mask;
    }

    private static float[][] meanColours(Components pieces, LabPixels lab) {
        float[][] sums = new float[pieces.count][3];
        for (int i = 0; i < pieces.labels.length; i++) {
            int c = pieces.labels[i];
            sums[c][0] += lab.l[i];
            sums[c][1] += lab.a[i];
            sums[c][2] += lab.b[i];
        }
        for (int c = 0; c < pieces.count; c++) {
            for (int k = 0; k < 3; k++) {
                sums[c][k] /= Math.max(1, pieces.area[c]);
            }
        }
        return sums;
    }

    private static double distance(float[] p, float[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    private static void recolour(LabPixels lab, float[] shading, byte[] targets, float[][] weights, List<Paint> paints,
            StylePlan plan, float[] mottle) {
        int count = paints.size();
        double[][] means = new double[count][4];
        for (int i = 0; i < targets.length; i++) {
            double[] mean = means[targets[i]];
            mean[0] += shading[i];
            mean[1] += lab.a[i];
            mean[2] += lab.b[i];
            mean[3]++;
        }
        for (double[] mean : means) {
            if (mean[3] > 0) {
                mean[0] /= mean[3];
                mean[1] /= mean[3];
                mean[2] /= mean[3];
            }
        }
        float[] strength = new float[count];
        float[] detailGain = new float[count];
        float[] shadingGain = new float[count];
        float[] targetL = new float[count];
        for (int t = 1; t < count; t++) {
            Paint paint = paints.get(t);
            if (paint == null || means[t][3] == 0) {
                continue;
            }
            boolean furniture = t >= FIRST_ACCENT;
            strength[t] = (float) (t == CEILING ? 0.6 : furniture ? plan.furnitureStrength() : plan.wallStrength());
            detailGain[t] = t == FLOOR && plan.finish() != null ? (float) plan.finish().detailGain() : 1f;
            // Furniture moves only part of the way in lightness: a dark leather chair painted cream stays a chair.
            targetL[t] = furniture ? (float) (means[t][0] + 0.65 * (paint.lab()[0] - means[t][0])) : paint.lab()[0];
            shadingGain[t] = (float) Math.max(0.5, Math.min(1.2, targetL[t] / Math.max(5, means[t][0])));
        }
        for (int i = 0; i < targets.length; i++) {
            float l = lab.l[i];
            float a = lab.a[i];
            float b = lab.b[i];
            float newL = 0;
            float newA = 0;
            float newB = 0;
            float detail = l - shading[i];
            for (int t = 0; t < count; t++) {
                float[] weight = weights[t];
                if (weight == null || weight[i] == 0) {
                    continue;
                }
                float wt = weight[i];
                Paint paint = paints.get(t);
                if (paint == null || strength[t] == 0) {
                    newL += wt * l;
                    newA += wt * a;
                    newB += wt * b;
                    continue;
                }
                float[] target = paint.lab();
                float s = strength[t];
                float texture = detail * detailGain[t] + (t == FLOOR && mottle != null ? mottle[i] : 0);
                float paintedL = targetL[t] + softClamp((float) (shading[i] - means[t][0]) * shadingGain[t]) + texture;
                float paintedA = target[1] + (float) (a - means[t][1]) * CHROMA_VARIATION;
                float paintedB = target[2] + (float) (b - means[t][2]) * CHROMA_VARIATION;
                newL += wt * (s * paintedL + (1 - s) * l);
                newA += wt * (s * paintedA + (1 - s) * a);
                newB += wt * (s * paintedB + (1 - s) * b);
            }
            lab.l[i] = newL;
            lab.a[i] = newA;
            lab.b[i] = newB;
        }
    }

    /**
     * Limits how far shading takes a pixel from its region's mean (smoothly, at about {@value #SHADING_REACH} L*): a
     * pixel the segmentation gave to the wrong region does not turn into a glowing or black seam.
     */
    private static float softClamp(float deviation) {
        return (float) (SHADING_REACH * Math.tanh(deviation / SHADING_REACH));
    }

    /**
     * White balance (warm: towards yellow-orange in a* and b*), exposure (a gamma on L*, which keeps black and white
     * where they are), the contrast S-curve (t + k t (1 - t^2) on L* mapped to [-1, 1]: monotonic for |k| < 0.5, ends
     * fixed) and saturation (a*, b* scaled).
     */
    private static void light(LabPixels lab, StylePlan plan) {
        float shiftA = (float) (1.5 * plan.warmth());
        float shiftB = (float) (7 * plan.warmth());
        double gamma = Math.pow(2, -0.4 * plan.brightness());
        double contrast = Math.max(-0.45, Math.min(0.45, plan.contrast()));
        float saturation = (float) plan.saturation();
        // The tone curve as a table over L* in steps of 0.01, interpolated: one pow per entry, not per pixel.
        float[] curve = new float[TONE_STEPS + 2];
        for (int k = 0; k < curve.length; k++) {
            double l = 100 * Math.pow(Math.min(1, (double) k / TONE_STEPS), gamma);
            double t = (l - 50) / 50;
            curve[k] = (float) (50 + 50 * (t + contrast * t * (1 - t * t)));
        }
        for (int i = 0; i < lab.size(); i++) {
            float position = Math.max(0, Math.min(100, lab.l[i])) * (TONE_STEPS / 100f);
            int k = (int) position;
            float fraction = position - k;
            lab.l[i] = curve[k] + fraction * (curve[k + 1] - curve[k]);
            lab.a[i] = (lab.a[i] + shiftA) * saturation;
            lab.b[i] = (lab.b[i] + shiftB) * saturation;
        }
    }

    /** Lightness above 90 approaches 100 smoothly instead of clipping: walls painted white keep their shading. */
    private static void rollOffHighlights(LabPixels lab) {
        for (int i = 0; i < lab.size(); i++) {
            float l = lab.l[i];
            if (l > 90) {
                lab.l[i] = (float) (90 + 10 * Math.tanh((l - 90) / 10));
            }
        }
    }

    /** Two passes of a (2 radius + 1)^2 box filter: a tent-shaped blur, nearly Gaussian, at the cost of two boxes. */
    static Mat blurred(Mat values, int radius) {
        Mat once = new Mat();
        Mat twice = new Mat();
        Size box = new Size(2 * radius + 1, 2 * radius + 1);
        opencv_imgproc.boxFilter(values, once, -1, box);
        opencv_imgproc.boxFilter(once, twice, -1, box);
        return twice;
    }

    /** Fine stone-like mottle in L* units, from the seed. */
    private static float[] mottle(int w, int h, long seed, double amplitude) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x6d6f74746c65L);
        float[] noise = new float[w * h];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextGaussian();
        }
        float[] soft = OpenCvImages.floats(blurred(OpenCvImages.floatMat(noise, w, h, 1), 1));
        // Two 3 x 3 boxes (a 5 x 5 tent) leave unit noise with a standard deviation of 19 / 81 = 0.235.
        double scale = amplitude / 0.235;
        for (int i = 0; i < soft.length; i++) {
            soft[i] *= (float) scale;
        }
        return soft;
    }

    /**
     * Per target region: the low-frequency part of the lightness (a blur normalised within the region, so that a
     * bright wall does not bleed into the floor's shading along their border), and a soft weight per pixel (the
     * region's mask through a guided filter led by the lightness, so that weights change where the image changes,
     * normalised to sum to 1; null for targets no pixel has).
     */
    private record RegionMaps(float[] shading, float[][] weights) {

        static RegionMaps of(byte[] targets, int targetCount, float[] lightness, int w, int h) {
            int radius = Math.max(2, Math.max(w, h) / 256);
            Mat lightnessMat = OpenCvImages.floatMat(lightness, w, h, 1);
            Mat guide = new Mat();
            lightnessMat.convertTo(guide, opencv_core.CV_32F, 0.01, 0);
            GuidedFilter filter = new GuidedFilter(guide, radius, 1e-3, 2);
            float[] shading = new float[targets.length];
            float[][] weights = new float[targetCount][];
            byte[] mask = new byte[targets.length];
            for (int t = 0; t < targetCount; t++) {
                boolean present = false;
                for (int i = 0; i < targets.length; i++) {
                    boolean inside = targets[i] == t;
                    mask[i] = inside ? (byte) 1 : 0;
                    present |= inside;
                }
                if (!present) {
                    continue;
                }
                Mat maskMat = new Mat();
                OpenCvImages.grayMat(mask, w, h).convertTo(maskMat, opencv_core.CV_32F);
                Mat masked = new Mat();
                opencv_core.multiply(lightnessMat, maskMat, masked);
                Mat localMean = new Mat();
                opencv_core.divide(blurred(masked, radius), blurred(maskMat, radius), localMean);
                float[] mean = OpenCvImages.floats(localMean);
                for (int i = 0; i < targets.length; i++) {
                    if (mask[i] != 0) {
                        shading[i] = mean[i];
                    }
                }
                float[] weight = OpenCvImages.floats(filter.filter(maskMat));
                for (int i = 0; i < weight.length; i++) {
                    weight[i] = Math.max(0, Math.min(1, weight[i]));
                }
                weights[t] = weight;
            }
            for (int i = 0; i < targets.length; i++) {
                float total = 0;
                for (float[] weight : weights) {
                    if (weight != null) {
                        total += weight[i];
                    }
                }
                if (total <= 1e-6f) {
                    weights[targets[i]][i] = 1;
                    continue;
                }
                for (float[] weight : weights) {
                    if (weight != null) {
                        weight[i] /= total;
                    }
                }
            }
            return new RegionMaps(shading, weights);
        }
    }

    /** Removes small things by inpainting. */
    private static final class Declutter {

        private Declutter() {
        }

        /** Inpaints the photo and relabels the labels in place; the number of things removed. */
        static int apply(Mat rgb, byte[] labels, StylePlan plan, int w, int h) {
            if (plan.declutter() <= 0) {
                return 0;
            }
            double maxArea = plan.declutter() * DECLUTTER_MAX_AREA * w * h;
            byte[] remove = new byte[labels.length];
            int removed = 0;
            LabPixels lab = plan.keepColours().isEmpty() ? null : LabPixels.of(rgb);
            for (RegionLabel label : List.of(RegionLabel.OTHER, RegionLabel.FURNITURE)) {
                Components things = Components.of(OpenCvImages.grayMat(mask(labels, label), w, h));
                float[][] colours = lab == null ? null : meanColours(things, lab);
                double limit = label == RegionLabel.FURNITURE ? maxArea / 2 : maxArea;
                for (int c = 1; c < things.count; c++) {
                    boolean touchesBorder = things.left[c] == 0 || things.top[c] == 0 || things.right(c) == w - 1
                            || things.bottom(c) == h - 1;
                    int piece = c;
                    boolean kept = colours != null && plan.keepColours().stream()
                            .anyMatch(colour -> distance(colours[piece], colour) < KEEP_DISTANCE);
                    // A long thin piece (a lamp's stand, a table's leg) is usually part of something larger.
                    boolean thin = Math.max(things.width[c], things.height[c])
                            > THIN_ELONGATION * Math.min(things.width[c], things.height[c]);
                    if (things.area[c] <= limit && !touchesBorder && !kept && !thin) {
                        for (int i = 0; i < labels.length; i++) {
                            if (things.labels[i] == c) {
                                remove[i] = (byte) 255;
                            }
                        }
                        removed++;
                    }
                }
            }
            if (removed == 0) {
                return 0;
            }
            Mat mask = OpenCvImages.grayMat(remove, w, h);
            // Widened to take the thing's soft edge and contact shadow with it, but only into bare surfaces.
            opencv_imgproc.dilate(mask, mask, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(7, 7)));
            byte[] widened = OpenCvImages.bytes(mask);
            for (int i = 0; i < widened.length; i++) {
                if (remove[i] == 0 && !isSurface(labels[i])) {
                    widened[i] = 0;
                }
            }
            mask.data().put(widened);
            Mat inpainted = new Mat();
            opencv_photo.inpaint(rgb, mask, inpainted, 5, opencv_photo.INPAINT_TELEA);
            inpainted.copyTo(rgb);
            relabel(labels, widened, w, h);
            return removed;
        }

        private static boolean isSurface(int label) {
            return label == RegionLabel.WALL.code() || label == RegionLabel.FLOOR.code()
                    || label == RegionLabel.CEILING.code();
        }

        /** Removed pixels take the most common surface label (wall, floor, ceiling) of the ring around them. */
        private static void relabel(byte[] labels, byte[] removed, int w, int h) {
            Components holes = Components.of(OpenCvImages.grayMat(removed, w, h));
            int[][] votes = new int[holes.count][RegionLabel.values().length];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (removed[i] != 0) {
                        continue;
                    }
                    int label = labels[i];
                    if (!isSurface(label)) {
                        continue;
                    }
                    for (int[] offset : new int[][] {{-2, 0}, {2, 0}, {0, -2}, {0, 2}}) {
                        int nx = x + offset[0];
                        int ny = y + offset[1];
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && removed[ny * w + nx] != 0) {
                            votes[holes.labels[ny * w + nx]][label]++;
                        }
                    }
                }
            }
            int[] fill = new int[holes.count];
            for (int c = 1; c < holes.count; c++) {
                fill[c] = RegionLabel.WALL.code();
                for (RegionLabel label : List.of(RegionLabel.FLOOR, RegionLabel.CEILING)) {
                    if (votes[c][label.code()] > votes[c][fill[c]]) {
                        fill[c] = label.code();
                    }
                }
            }
            for (int i = 0; i < labels.length; i++) {
                if (removed[i] != 0) {
                    labels[i] = (byte) fill[holes.labels[i]];
                }
            }
        }
    }
}
