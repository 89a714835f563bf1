package io.remo.revision.api;

/**
 * A finished revision as the job stored it. {@code overlayKey} and {@code metricsJson} only for lasso edits:
 * metrics {"precision", "recall", "iou", "growthRatio", "maxChangeOutsideMask", ...}.
 */
public record PublishedRevision(String resultKey, String thumbnailKey, int width, int height, String overlayKey,
                                String metricsJson, String prompt, String engineId, long seed, long durationMillis) {
}
