package io.remo.pipeline.engine.classical;

import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/** The 8-connected components of a mask, with their bounding boxes and areas; component 0 is the background. */
final class Components {

    final int count;
    /** Component of each pixel, row-major. */
    final int[] labels;
    final int[] left;
    final int[] top;
    final int[] width;
    final int[] height;
    final int[] area;

    private Components(int count, int[] labels, int[] left, int[] top, int[] width, int[] height, int[] area) {
        this.count = count;
        this.labels = labels;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.area = area;
    }

    static Components of(Mat mask) {
        try (Mat labelMat = new Mat(); Mat stats = new Mat(); Mat centroids = new Mat()) {
            int count = opencv_imgproc.connectedComponentsWithStats(mask, labelMat, stats, centroids, 8, opencv_core.CV_32S);
            int[] labels = new int[(int) labelMat.total()];
            new IntPointer(labelMat.data()).get(labels);
            int[] table = new int[count * 5];
            new IntPointer(stats.data()).get(table);
            int[] left = new int[count];
            int[] top = new int[count];
            int[] width = new int[count];
            int[] height = new int[count];
            int[] area = new int[count];
            for (int i = 0; i < count; i++) {
                left[i] = table[i * 5 + opencv_imgproc.CC_STAT_LEFT];
                top[i] = table[i * 5 + opencv_imgproc.CC_STAT_TOP];
                width[i] = table[i * 5 + opencv_imgproc.CC_STAT_WIDTH];
                height[i] = table[i * 5 + opencv_imgproc.CC_STAT_HEIGHT];
                area[i] = table[i * 5 + opencv_imgproc.CC_STAT_AREA];
            }
            return new Components(count, labels, left, top, width, height, area);
        }
    }

    int bottom(int component) {
        return top[component] + height[component] - 1;
    }

    int right(int component) {
        return left[component] + width[component] - 1;
    }
}
