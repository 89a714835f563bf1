package io.remo.scan.entity;

import io.remo.platform.control.JsonConverter;
import io.remo.scan.api.RoomDimensions;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "lidar_scans")
public class LidarScan {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "storage_key")
    private String storageKey;

    @Convert(converter = DimensionsColumn.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "room_dimensions", nullable = false)
    private RoomDimensions roomDimensions;

    @Column(name = "raw_format")
    private String rawFormat;

    @Column(name = "file_size_bytes")
    private Long fileSizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LidarScan() {
        // for JPA
    }

    public LidarScan(UUID id, UUID projectId, RoomDimensions roomDimensions, String storageKey, String rawFormat,
                     Long fileSizeBytes, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.roomDimensions = roomDimensions;
        this.storageKey = storageKey;
        this.rawFormat = rawFormat;
        this.fileSizeBytes = fileSizeBytes;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public RoomDimensions getRoomDimensions() {
        return roomDimensions;
    }

    public String getRawFormat() {
        return rawFormat;
    }

    public Long getFileSizeBytes() {
        return fileSizeBytes;
    }

    @Converter
    public static class DimensionsColumn extends JsonConverter<RoomDimensions> {
        public DimensionsColumn() {
            super(RoomDimensions.class);
        }
    }
}
