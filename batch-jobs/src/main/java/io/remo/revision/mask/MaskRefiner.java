package io.remo.revision.mask;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.cv.Box;
import io.remo.revision.cv.Mats;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Shrinks a lasso to the object it circles, with grabCut: the lasso's inside is probable foreground, a ring of
 * {@code refineMargin} around it probable background, and a band beyond that certain background. The result never
 * leaves the lasso dilated by the margin, and a refinement that keeps too little of the lasso (a failed segmentation,
 * a region with no object) is discarded for the lasso as drawn.
 */
final class MaskRefiner {

    private static final int MIN_BACKGROUND_SAMPLES = 64;

    private final MaskSettings settings;

    MaskRefiner(MaskSettings settings) {
        this.settings = settings;
    }

    GrayImage refine(RgbImage base, GrayImage lasso, long seed) {
        GrayImage inside = MaskOps.binary(lasso);
        long lassoPixels = MaskOps.count(inside, MaskOps.INSIDE);
        Box bounds = Mats.nonZeroBounds(inside);
        if (bounds == null || lassoPixels < settings.refineMinPixels()) {
            return lasso;
        }
        int width = base.width();
        int margin = MaskSettings.pixels(settings.refineMargin(), width);
        int band = MaskSettings.pixels(settings.refineBand(), width);
        Box box = bounds.grow(margin + band, width, base.height());
        try (PointerScope scope = new PointerScope()) {
            Rect rect = box.rect();
            Mat image = Mats.rgb(base).apply(rect);
            Mat lassoRoi = Mats.gray(inside).apply(rect);
            Mat allowed = new Mat();
            opencv_imgproc.dilate(lassoRoi, allowed, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(2 * margin + 1, 2 * margin + 1)));
            Mat labels = new Mat(box.height(), box.width(), opencv_core.CV_8UC1, new Scalar(opencv_imgproc.GC_BGD));
            labels.setTo(new Mat(new Scalar(opencv_imgproc.GC_PR_BGD)), allowed);
            labels.setTo(new Mat(new Scalar(opencv_imgproc.GC_PR_FGD)), lassoRoi);
            long background = (long) box.width() * box.height() - opencv_core.countNonZero(allowed);
            if (background < MIN_BACKGROUND_SAMPLES) {
                return lasso;
            }
            Mat foreground = segment(image, labels, seed);
            opencv_core.bitwise_and(foreground, allowed, foreground);
            Mat kernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE, new Size(3, 3));
            opencv_imgproc.morphologyEx(foreground, foreground, opencv_imgproc.MORPH_OPEN, kernel);
            opencv_imgproc.morphologyEx(foreground, foreground, opencv_imgproc.MORPH_CLOSE, kernel);
            if (opencv_core.countNonZero(foreground) < settings.refineMinKeep() * lassoPixels) {
                return lasso;
            }
            Mat refined = new Mat(base.height(), base.width(), opencv_core.CV_8UC1, new Scalar(0));
            foreground.copyTo(refined.apply(rect));
            return Mats.toGray(refined);
        }
    }

    /** grabCut on the region, scaled down to the working size; foreground as 0/255 at the region's size. */
    private Mat segment(Mat image, Mat labels, long seed) {
        double factor = Math.min(1.0, (double) settings.refineMaxSide() / Math.max(image.cols(), image.rows()));
        Mat workImage = image;
        Mat workLabels = labels;
        if (factor < 1) {
            Size size = new Size(Math.max(1, (int) Math.round(image.cols() * factor)),
                    Math.max(1, (int) Math.round(image.rows() * factor)));
            workImage = new Mat();
            workLabels = new Mat();
            opencv_imgproc.resize(image, workImage, size, 0, 0, opencv_imgproc.INTER_AREA);
            opencv_imgproc.resize(labels, workLabels, size, 0, 0, opencv_imgproc.INTER_NEAREST);
        }
        // grabCut seeds its colour models with k-means++ on OpenCV's per-thread generator: seed it for repeatability.
        opencv_core.setRNGSeed((int) (seed ^ (seed >>> 32)));
        opencv_imgproc.grabCut(workImage, workLabels, new Rect(), new Mat(), new Mat(), settings.refineIterations(),
                opencv_imgproc.GC_INIT_WITH_MASK);
        // Foreground labels (GC_FGD = 1, GC_PR_FGD = 3) are the odd ones.
        Mat foreground = new Mat();
        opencv_core.bitwise_and(workLabels, new Mat(new Scalar(1)), foreground);
        foreground.convertTo(foreground, opencv_core.CV_8U, 255, 0);
        if (factor < 1) {
            Mat full = new Mat();
            opencv_imgproc.resize(foreground, full, labels.size(), 0, 0, opencv_imgproc.INTER_LINEAR);
            opencv_imgproc.threshold(full, full, 127, 255, opencv_imgproc.THRESH_BINARY);
            return full;
        }
        return foreground;
    }
}
