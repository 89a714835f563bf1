package io.remo.revision.api;

import io.remo.brief.api.DesignBrief;
import java.util.UUID;

/**
 * What the revision job starts from.
 *
 * @param request        the validated, cleaned payload
 * @param baseImageKey   the design being revised (the latest result, or the chosen option)
 * @param roomPhotoKey   the room photo the options were made from (a full regeneration starts from it again)
 * @param analysisPrefix where that photo's analysis maps are (depth.png, edges.png, segmentation.png, room.json)
 * @param optionIndex    the chosen option: a full regeneration keeps its reading of the brief
 */
public record RevisionInput(UUID revisionId, UUID projectId, int revisionNumber, RevisionRequest request,
                            String baseImageKey, String roomPhotoKey, String analysisPrefix, DesignBrief brief,
                            int generation, int optionIndex) {
}
