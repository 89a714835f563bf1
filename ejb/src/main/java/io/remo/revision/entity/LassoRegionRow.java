package io.remo.revision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One circled region of a lasso revision (table lasso_regions); geometry kept as the JSON the phone sent. */
@Entity
@Table(name = "lasso_regions")
public class LassoRegionRow {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private UUID revisionId;

    @Column(name = "region_number", nullable = false)
    private int regionNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "path_points", nullable = false)
    private String pathPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "bounding_box", nullable = false)
    private String boundingBox;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String instruction;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "avoid_tokens", nullable = false)
    private String avoidTokens;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "style_nudges", nullable = false)
    private String styleNudges;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "brush_strokes", nullable = false)
    private String brushStrokes;

    private Double scale;

    @Column(name = "offset_x")
    private Double offsetX;

    @Column(name = "offset_y")
    private Double offsetY;

    protected LassoRegionRow() {
        // for JPA
    }

    public LassoRegionRow(UUID id, UUID projectId, UUID revisionId, int regionNumber, String pathPoints,
                          String boundingBox, String action, String instruction, String avoidTokens,
                          String styleNudges, String brushStrokes, Double scale, Double offsetX, Double offsetY) {
        this.id = id;
        this.projectId = projectId;
        this.revisionId = revisionId;
        this.regionNumber = regionNumber;
        this.pathPoints = pathPoints;
        this.boundingBox = boundingBox;
        this.action = action;
        this.instruction = instruction;
        this.avoidTokens = avoidTokens;
        this.styleNudges = styleNudges;
        this.brushStrokes = brushStrokes;
        this.scale = scale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRevisionId() {
        return revisionId;
    }

    public int getRegionNumber() {
        return regionNumber;
    }

    public String getPathPoints() {
        return pathPoints;
    }

    public String getBoundingBox() {
        return boundingBox;
    }

    public String getAction() {
        return action;
    }

    public String getInstruction() {
        return instruction;
    }
}
