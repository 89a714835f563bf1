package io.remo.revision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One refinement of the chosen design: a lasso edit or a full regeneration. */
@Entity
@Table(name = "revisions")
public class Revision {

    public static final String LASSO = "lasso";
    public static final String FULL_REGENERATE = "full_regenerate";

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int revisionNumber;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "base_image_id")
    private UUID baseImageId;

    @Column(name = "result_image_id")
    private UUID resultImageId;

    @Column(name = "overlay_image_id")
    private UUID overlayImageId;

    @Column(name = "feedback_text")
    private String feedbackText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "edit_payload", nullable = false)
    private String editPayload;

    @Column(nullable = false)
    private RevisionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    private String metrics;

    @Column(name = "failure_code")
    private String failureCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Revision() {
        // for JPA
    }

    public Revision(UUID id, UUID projectId, int revisionNumber, String type, UUID baseImageId, String feedbackText,
                    String editPayload, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.revisionNumber = revisionNumber;
        this.type = type;
        this.baseImageId = baseImageId;
        this.feedbackText = feedbackText;
        this.editPayload = editPayload;
        this.createdAt = createdAt;
        this.status = RevisionStatus.PENDING;
    }

    public void generating() {
        this.status = RevisionStatus.GENERATING;
    }

    public void completed(UUID resultImageId, UUID overlayImageId, String metricsJson, Instant at) {
        this.status = RevisionStatus.COMPLETED;
        this.resultImageId = resultImageId;
        this.overlayImageId = overlayImageId;
        this.metrics = metricsJson;
        this.completedAt = at;
    }

    public void failed(String code, Instant at) {
        this.status = RevisionStatus.FAILED;
        this.failureCode = code;
        this.completedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getType() {
        return type;
    }

    public UUID getBaseImageId() {
        return baseImageId;
    }

    public UUID getResultImageId() {
        return resultImageId;
    }

    public UUID getOverlayImageId() {
        return overlayImageId;
    }

    public String getFeedbackText() {
        return feedbackText;
    }

    public String getEditPayload() {
        return editPayload;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    public String getMetrics() {
        return metrics;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
