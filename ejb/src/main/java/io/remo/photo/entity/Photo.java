package io.remo.photo.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "photos")
public class Photo {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false, updatable = false)
    private PhotoType type;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "upload_key")
    private String uploadKey;

    private String note;

    @Column(name = "validation_status", nullable = false)
    private ValidationStatus validationStatus;

    @Column(name = "validation_error")
    private String validationError;

    @Column(name = "validation_detail")
    private String validationDetail;

    private String format;

    private Integer width;

    private Integer height;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "perceptual_hash")
    private Long perceptualHash;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Photo() {
        // for JPA
    }

    public Photo(UUID id, UUID projectId, PhotoType type, String note, int sortOrder, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.type = type;
        this.note = note;
        this.sortOrder = sortOrder;
        this.createdAt = createdAt;
        this.validationStatus = ValidationStatus.PENDING;
    }

    /** The checked, re-encoded image is stored; the photo-check job decides on it next. */
    public void stored(String storageKey, String format, int width, int height, long sizeBytes) {
        this.storageKey = storageKey;
        this.uploadKey = null;
        this.format = format;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.validationStatus = ValidationStatus.PENDING;
        this.validationError = null;
        this.validationDetail = null;
    }

    public void awaitUpload(String uploadKey) {
        this.uploadKey = uploadKey;
        this.validationStatus = ValidationStatus.AWAITING_UPLOAD;
    }

    public void passed(long perceptualHash) {
        this.validationStatus = ValidationStatus.PASSED;
        this.validationError = null;
        this.validationDetail = null;
        this.perceptualHash = perceptualHash;
    }

    public void failed(String code, String detail, Long perceptualHash) {
        this.validationStatus = ValidationStatus.FAILED;
        this.validationError = code;
        this.validationDetail = detail;
        this.perceptualHash = perceptualHash;
    }

    public void revalidate() {
        this.validationStatus = ValidationStatus.PENDING;
        this.validationError = null;
        this.validationDetail = null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public PhotoType getType() {
        return type;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadKey() {
        return uploadKey;
    }

    public String getNote() {
        return note;
    }

    public ValidationStatus getValidationStatus() {
        return validationStatus;
    }

    public String getValidationError() {
        return validationError;
    }

    public String getValidationDetail() {
        return validationDetail;
    }

    public String getFormat() {
        return format;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public Long getPerceptualHash() {
        return perceptualHash;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
