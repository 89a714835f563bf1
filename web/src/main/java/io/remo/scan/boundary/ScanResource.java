package io.remo.scan.boundary;

import io.remo.platform.boundary.Multipart;
import io.remo.project.boundary.ProjectAccess;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.control.ProjectView;
import io.remo.project.control.ProjectService;
import io.remo.scan.control.ScanService;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}/scan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scan")
public class ScanResource extends ProjectAccess {

    @EJB
    ScanService scans;

    @EJB
    ProjectService projects;

    @EJB
    ProjectStateReader states;

    @Inject
    @ConfigProperty(name = "remo.scan.max-bytes")
    long maxScanBytes;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the LiDAR room dimensions (part 'dimensions', JSON) and optionally the raw scan "
            + "(part 'scan': USDZ, OBJ or PLY, at most 50 MB)")
    @APIResponse(responseCode = "200", description = "The project, now in step intake")
    @APIResponse(responseCode = "400", description = "SCAN_DIMENSIONS_REQUIRED, SCAN_DIMENSIONS_MALFORMED, SCAN_DIMENSIONS_INVALID")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    @APIResponse(responseCode = "413", description = "SCAN_TOO_LARGE, SCAN_DIMENSIONS_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "SCAN_FORMAT_UNSUPPORTED")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "dimensions", properties = {
                    @SchemaProperty(name = "dimensions", type = SchemaType.STRING, description = "the room's dimensions (JSON)"),
                    @SchemaProperty(name = "scan", type = SchemaType.STRING, format = "binary")})))
    public ProjectView upload(List<EntityPart> parts) {
        String dimensions = Multipart.text(parts, "dimensions", 256 * 1024).orElse(null);
        byte[] raw = Multipart.bytes(parts, "scan", maxScanBytes, "SCAN_TOO_LARGE").orElse(null);
        scans.upload(projectId, token(), dimensions, raw);
        return states.view(projects.open(projectId, token()));
    }

    @POST
    @Path("skip")
    @Operation(summary = "Go on without a scan (no fit check on the shopping list)")
    @APIResponse(responseCode = "200", description = "The project, now in step intake")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    public ProjectView skip() {
        scans.skip(projectId, token());
        return states.view(projects.open(projectId, token()));
    }
}
