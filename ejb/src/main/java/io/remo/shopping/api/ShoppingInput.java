package io.remo.shopping.api;

import io.remo.brief.api.DesignBrief;
import io.remo.scan.api.RoomDimensions;
import java.util.List;
import java.util.UUID;

/**
 * What the shopping-list job starts from.
 *
 * @param imageKey       the approved design image
 * @param analysisPrefix where the analysis maps of its generation run are (depth.png, edges.png, segmentation.png)
 * @param room           the LiDAR measurements, or null without a scan
 * @param instructions   what the person asked for in revisions (region instructions and regeneration feedback)
 */
public record ShoppingInput(UUID projectId, UUID imageId, String imageKey, String analysisPrefix, DesignBrief brief,
                            RoomDimensions room, List<String> instructions) {
}
