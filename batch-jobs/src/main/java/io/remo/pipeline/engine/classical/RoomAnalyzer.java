package io.remo.pipeline.engine.classical;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.pipeline.engine.classical.RoomSegmenter.Segmentation;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The analyze step of the classical engine at working size: structural edges and line segments; the camera's roll,
 * corrected when it matters; the room's layout; segmentation; depth; room type. Maps are returned in the photo's frame.
 */
final class RoomAnalyzer {

    private final int workingLongSide;

    RoomAnalyzer(int workingLongSide) {
        this.workingLongSide = workingLongSide;
    }

    RoomAnalysis analyze(RgbImage photo, JobControl control) {
        try (PointerScope scope = new PointerScope()) {
            Mat rgb = OpenCvImages.rgbMat(photo);
            int longSide = Math.max(photo.width(), photo.height());
            if (longSide > workingLongSide) {
                int[] size = OpenCvImages.fitLongSide(photo.width(), photo.height(), workingLongSide);
                rgb = OpenCvImages.resized(rgb, size[0], size[1]);
            }
            int w = rgb.cols();
            int h = rgb.rows();
            control.checkCancelled();

            Mat smoothedGray = StructuralEdges.smoothedGray(rgb);
            Mat edges = StructuralEdges.fromSmoothedGray(smoothedGray);
            LineGeometry lines = LineGeometry.of(smoothedGray, edges);
            double roll = Levelling.correction(lines.segments(), h);
            Mat levelled = rgb;
            if (roll != 0) {
                levelled = Levelling.rotated(rgb, roll, opencv_imgproc.INTER_LINEAR);
                Mat levelledGray = StructuralEdges.smoothedGray(levelled);
                lines = LineGeometry.of(levelledGray, StructuralEdges.fromSmoothedGray(levelledGray));
            }
            control.progress(0.25, "edges and lines");
            control.checkCancelled();

            RoomLayout layout = PerspectiveFit.fit(lines.segments(), lines.horizontalEdges(), lines.verticalEdges());
            control.progress(0.5, "room layout");
            control.checkCancelled();

            LabPixels smoothLab = LabPixels.of(RoomSegmenter.smoothed(levelled));
            Segmentation segmentation = RoomSegmenter.segment(smoothLab, layout);
            control.progress(0.8, "segmentation");
            control.checkCancelled();

            byte[] depth = DepthEstimator.depth(layout, segmentation.labels(), segmentation.surfaces(), w, h);
            RoomTypeGuess.Guess guess = RoomTypeGuess.guess(segmentation, layout, smoothLab,
                    OpenCvImages.bytes(lines.edges()));
            byte[] labels = segmentation.labels();
            if (roll != 0) {
                labels = OpenCvImages.bytes(Levelling.rotated(OpenCvImages.grayMat(labels, w, h), -roll,
                        opencv_imgproc.INTER_NEAREST));
                depth = OpenCvImages.bytes(Levelling.rotated(OpenCvImages.grayMat(depth, w, h), -roll,
                        opencv_imgproc.INTER_LINEAR));
            }
            control.progress(1, "depth and room type");
            return new RoomAnalysis(new GrayImage(w, h, depth), new GrayImage(w, h, OpenCvImages.bytes(edges)),
                    new GrayImage(w, h, labels), guess.roomType(), guess.confidence());
        }
    }
}
