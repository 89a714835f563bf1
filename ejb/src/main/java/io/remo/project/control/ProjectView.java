package io.remo.project.control;

import io.remo.brief.api.DesignBrief;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a phone needs to resume a project (GET state, and the SSE "state" event). Field names are the API's
 * JSON names.
 */
public record ProjectView(
        UUID id,
        String step,
        List<String> allowedActions,
        int iterationCount,
        int revisionsLeft,
        List<PhotoView> photos,
        boolean hasLidar,
        BriefView brief,
        List<OptionView> options,
        Integer selectedOption,
        ImageView latestImage,
        List<RevisionView> revisions,
        JobView job,
        FailureView lastFailure,
        boolean shoppingListReady,
        Instant purgeAt) {

    public record PhotoView(UUID id, String type, String validationStatus, String validationError,
                            String validationDetail, String note, Integer width, Integer height, String url) {
    }

    public record BriefView(String intakeMode, boolean confirmed, DesignBrief data, List<String> summary) {
    }

    public record OptionView(UUID imageId, int optionIndex, String url, String thumbnailUrl, String webpUrl,
                             boolean selected) {
    }

    public record ImageView(UUID imageId, String url, String thumbnailUrl) {
    }

    public record RevisionView(int revisionNumber, String type, String status, Map<String, Object> metrics,
                               UUID imageId, String url, UUID overlayImageId, String overlayUrl, String failureCode) {
    }

    public record JobView(UUID id, String name, String step, int progress) {
    }

    public record FailureView(String job, String code, String failedStep, String message, boolean retryable) {
    }
}
