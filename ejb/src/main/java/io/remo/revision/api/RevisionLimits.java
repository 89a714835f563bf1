package io.remo.revision.api;

/**
 * The bounds a revision payload must respect. {@link #DEFAULT} holds the product's values; the API layer may build
 * its own from configuration.
 *
 * @param minPolygonArea smallest lasso area, as a fraction of the image area
 * @param maxOffset      largest move on either axis, as a fraction of the image size
 * @param minBrushSize   brush diameter bounds, in pixels of the image scaled to 1024 pixels wide
 */
public record RevisionLimits(int maxRegions, int minPolygonPoints, int maxPolygonPoints, double minPolygonArea,
                             int minInstructionLength, int maxInstructionLength, int minFeedbackLength,
                             int maxFeedbackLength, int maxTokens, int maxTokenLength, double minScale, double maxScale,
                             double maxOffset, int maxBrushStrokes, int maxBrushPoints, double minBrushSize,
                             double maxBrushSize) {

    public static final RevisionLimits DEFAULT = new RevisionLimits(3, 3, 500, 0.0005, 10, 500, 10, 1000, 10, 40, 0.25,
            4.0, 1.0, 20, 500, 1, 200);
}
