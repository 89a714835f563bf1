package io.remo.pipeline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.remo.brief.api.Vocabulary;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.RoomAnalysis;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The analyze step: monocular depth, segmentation into {@link io.remo.pipeline.engine.RegionLabel} classes and the
 * room type from the store's networks, each fed the photo at its own fixed input size and its maps brought back to
 * the photo's size; edges by Canny with the thresholds the canny ControlNet was trained on (100, 200), since those
 * edges are its conditioning.
 */
final class RoomAnalyzer {

    static final double CANNY_LOW = 100;
    static final double CANNY_HIGH = 200;

    private final ModelRunner models;

    RoomAnalyzer(ModelRunner models) {
        this.models = models;
    }

    RoomAnalysis analyze(NDManager job, RgbImage photo, JobProgress progress) {
        int width = photo.width();
        int height = photo.height();
        NDArray image = ImageTensors.rgb(job, photo);

        progress.enter("depth", 0);
        NDArray inverseDepth = run(ModelRole.DEPTH, image);
        GrayImage depth = depthLevels(ImageTensors.resize(inverseDepth, width, height, false).get(0).get(0));

        progress.enter("segmentation", 0.35);
        NDArray logits = run(ModelRole.SEGMENTATION, image);
        GrayImage segmentation = ImageTensors.toGray(
                ImageTensors.resize(logits, width, height, false).get(0).argMax(0));

        progress.enter("room-type", 0.7);
        float[] probabilities = run(ModelRole.ROOM_TYPE, image).toFloatArray();
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }

        progress.enter("edges", 0.85);
        GrayImage edges = cannyEdges(photo);
        progress.control().progress(1, "analysed");
        return new RoomAnalysis(depth, edges, segmentation, Vocabulary.ROOM_TYPES.get(best), probabilities[best]);
    }

    /** Runs an analysis network on the image resized to the square input its signature fixes. */
    private NDArray run(ModelRole role, NDArray image) {
        int size = Integer.parseInt(role.inputs().get(0).shape().get(2));
        return models.run(role, new NDList(ImageTensors.resize(image, size, size, false))).singletonOrThrow();
    }

    /** Inverse depth [H, W] stretched to 0 .. 255, nearest brightest; a flat map is all 0. */
    static GrayImage depthLevels(NDArray inverseDepth) {
        float min = inverseDepth.min().getFloat();
        float max = inverseDepth.max().getFloat();
        NDArray levels = max > min ? inverseDepth.sub(min).div(max - min).mul(255f).round() : inverseDepth.zerosLike();
        return ImageTensors.toGray(levels);
    }

    static GrayImage cannyEdges(RgbImage photo) {
        try (Mat rgb = new Mat(photo.height(), photo.width(), opencv_core.CV_8UC3); Mat gray = new Mat();
                Mat edges = new Mat()) {
            rgb.data().put(photo.pixels());
            opencv_imgproc.cvtColor(rgb, gray, opencv_imgproc.COLOR_RGB2GRAY);
            opencv_imgproc.Canny(gray, edges, CANNY_LOW, CANNY_HIGH);
            byte[] pixels = new byte[photo.width() * photo.height()];
            edges.data().get(pixels);
            return new GrayImage(photo.width(), photo.height(), pixels);
        }
    }
}
