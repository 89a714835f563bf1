package io.remo.pipeline.engine.djl;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;

/**
 * What a resize or reposition edit starts from: the region's content scaled about its centroid by {@code scale},
 * shifted by the offsets (fractions of the image) and blended onto the base through the moved mask, and the mask
 * to repaint: where the region was and where it goes. Diffusion then starts from this composite at a strength
 * below 1, so the moved object stays recognisable while its edges and the uncovered background are repainted.
 *
 * @param image the composite (the base itself when nothing moves)
 * @param mask  old and new region together (the mask itself when nothing moves)
 * @param moved whether the content moved or changed size
 */
record MovedRegion(RgbImage image, GrayImage mask, boolean moved) {

    static MovedRegion of(RgbImage base, GrayImage mask, double scale, double offsetX, double offsetY) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, is " + scale);
        }
        int width = base.width();
        int height = base.height();
        double weight = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int m = mask.at(x, y);
                weight += m;
                sumX += (double) m * x;
                sumY += (double) m * y;
            }
        }
        if ((scale == 1 && offsetX == 0 && offsetY == 0) || weight == 0) {
            return new MovedRegion(base, mask, false);
        }
        double centreX = sumX / weight;
        double centreY = sumY / weight;
        double shiftX = offsetX * width;
        double shiftY = offsetY * height;
        byte[] pixels = base.pixels().clone();
        byte[] union = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // The source of this pixel: the move undone.
                int sourceX = (int) Math.round(centreX + (x - centreX - shiftX) / scale);
                int sourceY = (int) Math.round(centreY + (y - centreY - shiftY) / scale);
                int movedMask = sourceX >= 0 && sourceX < width && sourceY >= 0 && sourceY < height
                        ? mask.at(sourceX, sourceY) : 0;
                int i = y * width + x;
                union[i] = (byte) Math.max(mask.pixels()[i] & 0xFF, movedMask);
                if (movedMask > 0) {
                    int source = (sourceY * width + sourceX) * 3;
                    for (int c = 0; c < 3; c++) {
                        int under = base.pixels()[i * 3 + c] & 0xFF;
                        int over = base.pixels()[source + c] & 0xFF;
                        pixels[i * 3 + c] = (byte) Math.round(under + (over - under) * movedMask / 255.0);
                    }
                }
            }
        }
        return new MovedRegion(new RgbImage(width, height, pixels), new GrayImage(width, height, union), true);
    }
}
