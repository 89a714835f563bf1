package io.remo.pipeline.api;

import io.remo.brief.api.DesignBrief;
import java.util.List;
import java.util.UUID;

/**
 * What the design-options job starts from.
 *
 * @param roomPhotoKeys the checked room photos, in upload order; option images are made from the first
 */
public record DesignInput(UUID projectId, int generation, List<String> roomPhotoKeys, DesignBrief brief) {
}
