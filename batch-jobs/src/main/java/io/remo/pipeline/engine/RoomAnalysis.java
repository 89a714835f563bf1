package io.remo.pipeline.engine;

import io.remo.imaging.GrayImage;

/**
 * What the analyze step learned of a room photo, at the photo's working resolution. Stored (S3) so that revisions
 * reuse it.
 *
 * @param depth              relative depth, near 255 .. far 0
 * @param edges              structural edges (walls, windows, doors, furniture outlines), 0 or 255
 * @param segmentation       {@link RegionLabel} codes per pixel
 * @param roomType           vocabulary room type the engine recognised
 * @param roomTypeConfidence 0 .. 1
 */
public record RoomAnalysis(GrayImage depth, GrayImage edges, GrayImage segmentation, String roomType,
                           double roomTypeConfidence) {
}
