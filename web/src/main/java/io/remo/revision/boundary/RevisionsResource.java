package io.remo.revision.boundary;

import io.remo.project.boundary.ProjectAccess;
import io.remo.project.control.ProjectService;
import io.remo.project.control.ProjectStateReader;
import io.remo.revision.api.RevisionRequest;
import io.remo.revision.control.RevisionService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "revisions")
public class RevisionsResource extends ProjectAccess {

    @EJB
    RevisionService revisions;

    @EJB
    ProjectService projects;

    @EJB
    ProjectStateReader states;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refine the chosen design (at most 5 times): circle 1–3 regions with what to change in each "
            + "({type: lasso, regions: [...]}) or regenerate it with feedback ({type: full_regenerate, feedback})")
    @APIResponse(responseCode = "202", description = "The project; the revision job runs, follow it on the event stream")
    @APIResponse(responseCode = "400", description = "REVISION_TYPE_INVALID, REGION_COUNT, REGIONS_NOT_ALLOWED, "
            + "FEEDBACK_NOT_ALLOWED, POLYGON_TOO_FEW_POINTS, POLYGON_TOO_MANY_POINTS, POINT_OUT_OF_RANGE, "
            + "POLYGON_SELF_INTERSECTING, POLYGON_DEGENERATE, REGIONS_OVERLAP, ACTION_INVALID, INSTRUCTION_LENGTH, "
            + "FEEDBACK_LENGTH, SCALE_REQUIRED, SCALE_OUT_OF_RANGE, SCALE_NOT_ALLOWED, OFFSET_REQUIRED, "
            + "OFFSET_OUT_OF_RANGE, OFFSET_NOT_ALLOWED, BRUSH_INVALID, TOKEN_INVALID, MALFORMED_JSON")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, ITERATION_LIMIT_REACHED, CONCURRENT_UPDATE")
    public Response create(RevisionRequest body) {
        revisions.create(projectId, token(), body);
        return Response.accepted(states.view(projects.open(projectId, token()))).build();
    }
}
