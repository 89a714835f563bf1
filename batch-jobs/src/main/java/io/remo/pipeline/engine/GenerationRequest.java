package io.remo.pipeline.engine;

import io.remo.imaging.RgbImage;

import io.remo.brief.api.GenerationInstructions;

/**
 * One option to render.
 *
 * @param photo          the room photo, oriented, at working resolution
 * @param analysis       its analysis maps (same resolution)
 * @param instructions   the brief, read for this option
 * @param seed           every random choice derives from it: same inputs and seed, same bytes
 * @param outputLongSide long side of the result in pixels (the aspect of {@code photo} is kept)
 */
public record GenerationRequest(RgbImage photo, RoomAnalysis analysis, GenerationInstructions instructions, long seed,
                                int outputLongSide) {
}
