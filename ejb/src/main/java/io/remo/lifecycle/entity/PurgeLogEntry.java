package io.remo.lifecycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The one trace a purged project leaves, itself removed after remo.lifecycle.purge-log-retention. */
@Entity
@Table(name = "purge_log")
public class PurgeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "rows_deleted", nullable = false, updatable = false)
    private int rowsDeleted;

    @Column(name = "objects_deleted", nullable = false, updatable = false)
    private int objectsDeleted;

    @Column(name = "purged_at", nullable = false, updatable = false)
    private Instant purgedAt;

    /** When the purge was due; null for a purge the user requested. */
    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    protected PurgeLogEntry() {
        // for JPA
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getReason() {
        return reason;
    }

    public int getRowsDeleted() {
        return rowsDeleted;
    }

    public int getObjectsDeleted() {
        return objectsDeleted;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
