package io.remo.scan.control;

import io.remo.platform.api.ProblemException;
import io.remo.platform.control.Json;
import io.remo.project.control.ProjectAction;
import io.remo.project.control.ProjectWorkflow;
import io.remo.project.entity.Project;
import io.remo.project.entity.ProjectStep;
import io.remo.scan.api.RoomDimensions;
import io.remo.scan.entity.LidarScan;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The optional LiDAR step: the measured dimensions (and the raw scan) are kept for the fit check. */
@Stateless
public class ScanService {

    static final int MAX_DIMENSIONS_JSON = 256 * 1024;

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectWorkflow workflow;

    @EJB
    ObjectStore objectStore;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "remo.scan.max-bytes")
    long maxScanBytes;

    /** {@code rawScan} may be null: the dimensions alone are enough for the fit check. */
    public void upload(UUID projectId, String token, String dimensionsJson, byte[] rawScan) {
        Project project = workflow.open(projectId, token, ProjectAction.UPLOAD_SCAN);
        RoomDimensions dimensions = parse(dimensionsJson);
        String format = null;
        if (rawScan != null) {
            if (rawScan.length > maxScanBytes) {
                throw new ProblemException(413, "SCAN_TOO_LARGE", "The raw scan may be at most " + maxScanBytes + " bytes.", "scan");
            }
            format = ScanFormat.detect(rawScan).orElseThrow(() -> new ProblemException(415, "SCAN_FORMAT_UNSUPPORTED",
                    "The raw scan must be a USDZ, OBJ or PLY file.", "scan"));
        }
        String key = null;
        if (rawScan != null) {
            key = ProjectObjects.prefix(projectId) + "scan/raw." + format;
            objectStore.put(key, rawScan, "application/octet-stream");
        }
        em.persist(new LidarScan(UUID.randomUUID(), projectId, dimensions, key, format,
                rawScan == null ? null : (long) rawScan.length, clock.instant()));
        project.setHasLidar(true);
        workflow.accept(project, ProjectStep.INTAKE);
    }

    public void skip(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.SKIP_SCAN);
        workflow.accept(project, ProjectStep.INTAKE);
    }

    public RoomDimensions dimensionsOf(UUID projectId) {
        List<LidarScan> scans = em.createQuery("select s from LidarScan s where s.projectId = :project", LidarScan.class)
                .setParameter("project", projectId).getResultList();
        return scans.isEmpty() ? null : scans.get(0).getRoomDimensions();
    }

    static RoomDimensions parse(String json) {
        if (json == null || json.isBlank()) {
            throw new ProblemException(400, "SCAN_DIMENSIONS_REQUIRED", "The 'dimensions' part (JSON) is required.", "dimensions");
        }
        if (json.length() > MAX_DIMENSIONS_JSON) {
            throw new ProblemException(413, "SCAN_DIMENSIONS_TOO_LARGE", "The dimensions document is too large.", "dimensions");
        }
        RoomDimensions dimensions;
        try {
            dimensions = Json.read(json, RoomDimensions.class);
        } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(400, "SCAN_DIMENSIONS_MALFORMED", "The dimensions are not valid JSON of the "
                    + "documented shape: " + e.getMessage(), "dimensions");
        }
        if (dimensions == null) {
            throw new ProblemException(400, "SCAN_DIMENSIONS_MALFORMED", "The dimensions document is empty.", "dimensions");
        }
        List<RoomDimensionsValidator.Violation> violations = RoomDimensionsValidator.validate(dimensions);
        if (!violations.isEmpty()) {
            RoomDimensionsValidator.Violation first = violations.get(0);
            throw new ProblemException(400, "SCAN_DIMENSIONS_INVALID", first.field() + " " + first.message() + ".",
                    "dimensions." + first.field(), Map.of("errors", violations.stream()
                    .map(v -> Map.of("field", "dimensions." + v.field(), "message", v.message())).toList()));
        }
        return dimensions;
    }
}
