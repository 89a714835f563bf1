package io.remo.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "projects")
public class Project {

    @Id
    private UUID id;

    @Column(name = "device_fingerprint", nullable = false, updatable = false)
    private String deviceFingerprint;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private byte[] tokenHash;

    @Column(nullable = false)
    private ProjectStep step;

    @Column(name = "has_lidar", nullable = false)
    private boolean hasLidar;

    @Column(name = "iteration_count", nullable = false)
    private int iterationCount;

    @Column(name = "selected_option")
    private Integer selectedOption;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "purge_at", nullable = false)
    private Instant purgeAt;

    @Column(name = "purge_timer_handle")
    private byte[] purgeTimerHandle;

    @Column(nullable = false)
    private int generation;

    @Version
    private long version;

    protected Project() {
        // for JPA
    }

    public Project(UUID id, String deviceFingerprint, byte[] tokenHash, Instant now, Instant purgeAt) {
        this.id = id;
        this.deviceFingerprint = deviceFingerprint;
        this.tokenHash = tokenHash.clone();
        this.step = ProjectStep.PHOTOS;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastActivityAt = now;
        this.purgeAt = purgeAt;
    }

    /** Records an accepted client action: the purge moves to {@code purgeAt}. */
    public void touch(Instant now, Instant purgeAt) {
        this.updatedAt = now;
        this.lastActivityAt = now;
        this.purgeAt = purgeAt;
    }

    public UUID getId() {
        return id;
    }

    public String getDeviceFingerprint() {
        return deviceFingerprint;
    }

    public byte[] getTokenHash() {
        return tokenHash.clone();
    }

    public ProjectStep getStep() {
        return step;
    }

    public void setStep(ProjectStep step) {
        this.step = step;
    }

    public boolean hasLidar() {
        return hasLidar;
    }

    public void setHasLidar(boolean hasLidar) {
        this.hasLidar = hasLidar;
    }

    public int getIterationCount() {
        return iterationCount;
    }

    public void setIterationCount(int iterationCount) {
        this.iterationCount = iterationCount;
    }

    public Integer getSelectedOption() {
        return selectedOption;
    }

    public void setSelectedOption(Integer selectedOption) {
        this.selectedOption = selectedOption;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(Instant approvedAt) {
        this.approvedAt = approvedAt;
    }

    public Instant getPurgeAt() {
        return purgeAt;
    }

    public byte[] getPurgeTimerHandle() {
        return purgeTimerHandle == null ? null : purgeTimerHandle.clone();
    }

    public void setPurgeTimerHandle(byte[] purgeTimerHandle) {
        this.purgeTimerHandle = purgeTimerHandle == null ? null : purgeTimerHandle.clone();
    }

    /** Which generation run the options on show belong to. */
    public int getGeneration() {
        return generation;
    }

    /** A new generation run begins (first generation, retry or start-over): earlier options are history. */
    public int nextGeneration() {
        return ++generation;
    }

    public long getVersion() {
        return version;
    }
}
