package io.remo.pipeline.engine.classical;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.EditRequest;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RegionEditor;
import io.remo.revision.api.RegionAction;
import io.remo.revision.cv.Box;
import io.remo.revision.cv.Mats;
import io.remo.revision.edit.ContentMover;
import io.remo.revision.edit.Inpainter;
import io.remo.revision.edit.Look;
import io.remo.revision.edit.LookResolver;
import io.remo.revision.edit.Restyler;
import io.remo.revision.mask.RegionMotion;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * The classical engine's region edits, with OpenCV on the CPU: remove inpaints the region away; change_finish
 * repaints it in the asked colour and finish, keeping its shading; replace restyles it harder, so that it reads as
 * another object; resize and reposition lift its content out (inpainting what it leaves) and put it back scaled about
 * its centroid or moved. Pixels are changed only where the mask is non-zero, or, for resize and reposition, where the
 * content lands; the caller composites the result over the base. Deterministic for a given request.
 */
public final class ClassicalRegionEditor implements RegionEditor {

    /** Room around a region that inpainting reads from, in pixels of a 1024 px wide image, at least. */
    private static final double CONTEXT = 24;
    /** Depth of a replaced object's rim, where the photo blends it with what is behind, at 1024 px wide. */
    private static final double RIM = 2;

    @Override
    public RgbImage edit(EditRequest request, JobControl control) {
        control.checkCancelled();
        RgbImage base = request.base();
        GrayImage mask = request.mask();
        if (mask.width() != base.width() || mask.height() != base.height()) {
            throw new IllegalArgumentException("the mask must have the base image's size");
        }
        RegionAction action = RegionAction.fromWire(request.instructions().action()).orElseThrow(
                () -> new IllegalArgumentException("unknown edit action " + request.instructions().action()));
        Box region = Mats.nonZeroBounds(mask);
        if (region == null) {
            throw new IllegalArgumentException("the edit mask is empty");
        }
        control.progress(0, "editing region (" + action.wireName() + ")");
        try (PointerScope scope = new PointerScope()) {
            Mat image = Mats.rgb(base);
            Mat weights = Mats.gray(mask);
            switch (action) {
                case REMOVE -> remove(image, weights, region, request.seed());
                case CHANGE_FINISH -> restyle(image, weights, region, request, Restyler.Strength.FINISH);
                case REPLACE -> restyle(image, weights, region, request, Restyler.Strength.REPLACEMENT);
                case RESIZE, REPOSITION -> move(image, weights, region, request);
            }
            control.checkCancelled();
            control.progress(1, "region edited");
            return Mats.toRgb(image);
        }
    }

    private static void remove(Mat image, Mat weights, Box region, long seed) {
        Box area = withContext(region, image);
        try (Rect rect = area.rect()) {
            Inpainter.fill(image.apply(rect), weights.apply(rect), seed).copyTo(image.apply(rect));
        }
    }

    private static void restyle(Mat image, Mat weights, Box region, EditRequest request, Restyler.Strength strength) {
        try (PointerScope scope = new PointerScope()) {
            Rect rect = region.rect();
            Mat pixels = image.apply(rect);
            Mat roiWeights = weights.apply(rect);
            Mat inside = new Mat();
            opencv_imgproc.threshold(roiWeights, inside, 127, 255, opencv_imgproc.THRESH_BINARY);
            if (opencv_core.countNonZero(inside) == 0) {
                // A faint mask (no pixel half in): take the statistics wherever it is at all.
                opencv_imgproc.threshold(roiWeights, inside, 0, 255, opencv_imgproc.THRESH_BINARY);
            }
            int[] current = Restyler.meanRgb(pixels, inside);
            Look look = LookResolver.resolve(request.instructions(), current,
                    strength == Restyler.Strength.REPLACEMENT, request.seed());
            double pixelScale = image.cols() / 1024.0;
            Mat restyled = Restyler.restyle(pixels, inside, look, strength, pixelScale, request.seed());
            if (strength == Restyler.Strength.REPLACEMENT) {
                // A replacement is refined to its object: what surrounds it is something else, not to be restyled.
                Restyler.spreadFromCore(restyled, roiWeights, Math.max(1, (int) Math.round(RIM * pixelScale)));
            }
            restyled.copyTo(pixels, roiWeights);
        }
    }

    private static void move(Mat image, Mat weights, Box region, EditRequest request) {
        RegionMotion motion = RegionMotion.of(request.mask(), request.scale(), request.offsetX(), request.offsetY());
        // Where the region's box lands, clipped to the image; the content may leave it in part.
        double x0 = region.x() * motion.scale() + motion.translateX();
        double y0 = region.y() * motion.scale() + motion.translateY();
        double x1 = region.right() * motion.scale() + motion.translateX();
        double y1 = region.bottom() * motion.scale() + motion.translateY();
        int left = clamp((int) Math.floor(x0), image.cols());
        int top = clamp((int) Math.floor(y0), image.rows());
        Box landing = new Box(left, top, Math.max(1, clamp((int) Math.ceil(x1), image.cols()) - left),
                Math.max(1, clamp((int) Math.ceil(y1), image.rows()) - top));
        Box area = withContext(region.union(landing), image);
        try (PointerScope scope = new PointerScope()) {
            Rect rect = area.rect();
            ContentMover.move(image, weights, motion, area, request.seed()).copyTo(image.apply(rect));
        }
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    private static Box withContext(Box region, Mat image) {
        int context = Math.max((int) Math.round(CONTEXT * image.cols() / 1024.0),
                Math.max(region.width(), region.height()) / 4);
        return region.grow(context, image.cols(), image.rows());
    }
}
