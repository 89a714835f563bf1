package io.remo.pipeline.engine.djl;

/**
 * The size the diffusion models work at (multiples of 64, so that the UNet's deepest level, 1/64 of the image, has
 * whole pixels) and the size of the result, both of the source's aspect.
 */
record RenderSize(int modelWidth, int modelHeight, int outputWidth, int outputHeight) {

    static final int MULTIPLE = 64;

    /** A result {@code outputLongSide} pixels on its long side, rendered at about that size. */
    static RenderSize forOutput(int sourceWidth, int sourceHeight, int outputLongSide) {
        double scale = (double) outputLongSide / Math.max(sourceWidth, sourceHeight);
        int outputWidth = Math.max(1, (int) Math.round(sourceWidth * scale));
        int outputHeight = Math.max(1, (int) Math.round(sourceHeight * scale));
        return new RenderSize(model(sourceWidth * scale), model(sourceHeight * scale), outputWidth, outputHeight);
    }

    /** A result of the source's own size, rendered with at most {@code maxModelLongSide} pixels on the long side. */
    static RenderSize sameSize(int width, int height, int maxModelLongSide) {
        double scale = Math.min(1, (double) maxModelLongSide / Math.max(width, height));
        return new RenderSize(model(width * scale), model(height * scale), width, height);
    }

    private static int model(double length) {
        return Math.max(MULTIPLE, (int) Math.round(length / MULTIPLE) * MULTIPLE);
    }
}
