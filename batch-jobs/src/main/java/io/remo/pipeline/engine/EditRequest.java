package io.remo.pipeline.engine;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;

import io.remo.brief.api.EditInstructions;

/**
 * One region edit of a revision.
 *
 * @param base         the image being revised
 * @param mask         where to edit: 255 inside, 0 outside, feathered in between; same size as {@code base}
 * @param instructions what to do there
 * @param analysis     the base image's analysis maps, or null
 * @param seed         as in {@link GenerationRequest}
 * @param scale        for resize: factor applied to the region's content (e.g. 0.8); 1 otherwise
 * @param offsetX      for reposition: horizontal move as a fraction of the image width; 0 otherwise
 * @param offsetY      for reposition: vertical move as a fraction of the image height; 0 otherwise
 */
public record EditRequest(RgbImage base, GrayImage mask, EditInstructions instructions, RoomAnalysis analysis, long seed,
                          double scale, double offsetX, double offsetY) {
}
