package io.remo.pipeline.api;

/** One finished option, as the publish step stored it. */
public record PublishedOption(int optionIndex, String key, String thumbnailKey, String webpKey, int width, int height,
                              String prompt, String engineId, long seed, long durationMillis, String qualityJson) {
}
