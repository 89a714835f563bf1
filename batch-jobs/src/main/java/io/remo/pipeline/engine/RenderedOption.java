package io.remo.pipeline.engine;

import io.remo.imaging.RgbImage;

/**
 * @param image         the redesigned room
 * @param engineId      which engine and version produced it (stored as generation_model)
 * @param prompt        what the engine worked from, as text (stored as generation_prompt)
 * @param seed          the seed used
 * @param computeMillis time spent computing, without I/O
 */
public record RenderedOption(RgbImage image, String engineId, String prompt, long seed, long computeMillis) {
}
