package io.remo.pipeline.engine.classical;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The fast guided filter (He and Sun, 2015) with a single-channel guide, set up once for filtering many inputs: the
 * output follows the input's local averages but takes its edges from the guide. The linear coefficients
 * a = cov(I, p) / (var(I) + eps) and b = mean(p) - a mean(I) are computed on boxes of (2 r + 1)^2 at a subsampled
 * resolution, averaged, enlarged, and applied to the full-resolution guide: q = mean(a) I + mean(b). All matrices are
 * 32-bit float; they belong to the caller's pointer scope.
 */
final class GuidedFilter {

    private final Mat guide;
    private final Size lowSize;
    private final Size box;
    private final Mat lowGuide;
    private final Mat guideMean;
    private final Mat guideVarianceEps;

    GuidedFilter(Mat guide, int radius, double eps, int subsample) {
        this.guide = guide;
        this.lowSize = new Size(Math.max(1, guide.cols() / subsample), Math.max(1, guide.rows() / subsample));
        int lowRadius = Math.max(1, Math.round((float) radius / subsample));
        this.box = new Size(2 * lowRadius + 1, 2 * lowRadius + 1);
        this.lowGuide = shrunk(guide);
        this.guideMean = boxMean(lowGuide);
        Mat squares = new Mat();
        opencv_core.multiply(lowGuide, lowGuide, squares);
        Mat squareMean = boxMean(squares);
        Mat meanSquared = new Mat();
        opencv_core.multiply(guideMean, guideMean, meanSquared);
        this.guideVarianceEps = new Mat();
        opencv_core.subtract(squareMean, meanSquared, guideVarianceEps);
        opencv_core.add(guideVarianceEps, new Mat(1, 1, opencv_core.CV_64F, new Scalar(eps)), guideVarianceEps);
    }

    Mat filter(Mat input) {
        Mat lowInput = shrunk(input);
        Mat inputMean = boxMean(lowInput);
        Mat products = new Mat();
        opencv_core.multiply(lowGuide, lowInput, products);
        Mat productMean = boxMean(products);
        Mat meanProduct = new Mat();
        opencv_core.multiply(guideMean, inputMean, meanProduct);
        Mat a = new Mat();
        opencv_core.subtract(productMean, meanProduct, a);
        opencv_core.divide(a, guideVarianceEps, a);
        Mat b = new Mat();
        opencv_core.multiply(a, guideMean, b);
        opencv_core.subtract(inputMean, b, b);
        Mat aFull = enlarged(boxMean(a));
        Mat bFull = enlarged(boxMean(b));
        Mat output = new Mat();
        opencv_core.multiply(aFull, guide, output);
        opencv_core.add(output, bFull, output);
        return output;
    }

    private Mat shrunk(Mat full) {
        Mat low = new Mat();
        opencv_imgproc.resize(full, low, lowSize, 0, 0, opencv_imgproc.INTER_AREA);
        return low;
    }

    private Mat enlarged(Mat low) {
        Mat full = new Mat();
        opencv_imgproc.resize(low, full, guide.size(), 0, 0, opencv_imgproc.INTER_LINEAR);
        return full;
    }

    private Mat boxMean(Mat values) {
        Mat mean = new Mat();
        opencv_imgproc.boxFilter(values, mean, opencv_core.CV_32F, box);
        return mean;
    }
}
