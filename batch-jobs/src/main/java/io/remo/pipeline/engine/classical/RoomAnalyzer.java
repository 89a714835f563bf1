package io.remo.pipeline.engine.classical;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.pipeline.engine.classical.RoomSegmenter.Segmentation;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/** The analyze step of the classical engine: edges, layout, segmentation, depth and room type at working size. */
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
            control.progress(0.25, "edges and lines");
            control.checkCancelled();

            RoomLayout layout = PerspectiveFit.fit(lines.segments(), lines.horizontalEdges(), lines.verticalEdges());
            control.progress(0.5, "room layout");
            control.checkCancelled();

            LabPixels smoothLab = LabPixels.of(RoomSegmenter.smoothed(rgb));
            Segmentation segmentation = RoomSegmenter.segment(smoothLab, layout);
            control.progress(0.8, "segmentation");
            control.checkCancelled();

            byte[] depth = DepthEstimator.depth(layout, segmentation.labels(), segmentation.surfaces(), w, h);
            byte[] edgePixels = OpenCvImages.bytes(edges);
            RoomTypeGuess.Guess guess = RoomTypeGuess.guess(segmentation, layout, smoothLab, edgePixels);
            control.progress(1, "depth and room type");
            return new RoomAnalysis(new GrayImage(w, h, depth), new GrayImage(w, h, edgePixels),
                    new GrayImage(w, h, segmentation.labels()), guess.roomType(), guess.confidence());
        }
    }
}
