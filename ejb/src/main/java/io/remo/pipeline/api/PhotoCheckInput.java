package io.remo.pipeline.api;

import java.util.List;
import java.util.UUID;

/**
 * @param storageKey       the photo's re-encoded image
 * @param otherPhotoHashes perceptual hashes of the project's other checked photos (duplicate detection)
 */
public record PhotoCheckInput(UUID photoId, UUID projectId, String type, String storageKey, List<Long> otherPhotoHashes) {
}
