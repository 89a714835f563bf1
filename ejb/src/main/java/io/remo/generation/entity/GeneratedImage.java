package io.remo.generation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An image the pipeline made: an option, a revision result, or a revision's overlay. */
@Entity
@Table(name = "generated_images")
public class GeneratedImage {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false, updatable = false)
    private ImageType type;

    @Column(name = "option_index")
    private Integer optionIndex;

    @Column(name = "revision_number")
    private Integer revisionNumber;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "thumbnail_key")
    private String thumbnailKey;

    @Column(name = "webp_key")
    private String webpKey;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "is_final", nullable = false)
    private boolean isFinal;

    @Column(name = "generation_prompt")
    private String generationPrompt;

    @Column(name = "generation_model")
    private String generationModel;

    private Long seed;

    @Column(name = "generation_duration_ms")
    private Long generationDurationMs;

    /** What the verify step measured (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    private String quality;

    @Column(nullable = false)
    private int generation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected GeneratedImage() {
        // for JPA
    }

    public GeneratedImage(UUID id, UUID projectId, ImageType type, String storageKey, int width, int height,
                          int generation, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.type = type;
        this.storageKey = storageKey;
        this.width = width;
        this.height = height;
        this.generation = generation;
        this.createdAt = createdAt;
    }

    public GeneratedImage option(int optionIndex) {
        this.optionIndex = optionIndex;
        return this;
    }

    public GeneratedImage revision(int revisionNumber) {
        this.revisionNumber = revisionNumber;
        return this;
    }

    public GeneratedImage variants(String thumbnailKey, String webpKey) {
        this.thumbnailKey = thumbnailKey;
        this.webpKey = webpKey;
        return this;
    }

    public GeneratedImage provenance(String prompt, String model, long seed, long durationMs, String qualityJson) {
        this.generationPrompt = prompt;
        this.generationModel = model;
        this.seed = seed;
        this.generationDurationMs = durationMs;
        this.quality = qualityJson;
        return this;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }

    public void setFinal(boolean isFinal) {
        this.isFinal = isFinal;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public ImageType getType() {
        return type;
    }

    public Integer getOptionIndex() {
        return optionIndex;
    }

    public Integer getRevisionNumber() {
        return revisionNumber;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getThumbnailKey() {
        return thumbnailKey;
    }

    public String getWebpKey() {
        return webpKey;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public boolean isSelected() {
        return selected;
    }

    public boolean isFinal() {
        return isFinal;
    }

    public String getGenerationPrompt() {
        return generationPrompt;
    }

    public String getGenerationModel() {
        return generationModel;
    }

    public Long getSeed() {
        return seed;
    }

    public Long getGenerationDurationMs() {
        return generationDurationMs;
    }

    public String getQuality() {
        return quality;
    }

    public int getGeneration() {
        return generation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
