package io.remo.generation.boundary;

import io.remo.generation.control.GenerationService;
import io.remo.project.boundary.ProjectAccess;
import io.remo.project.control.ProjectService;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.control.ProjectView;
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

@Path("projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "generation")
public class GenerationResource extends ProjectAccess {

    @EJB
    GenerationService generation;

    @EJB
    ProjectService projects;

    @EJB
    ProjectStateReader states;

    /** Body of select-option. */
    public record SelectOption(Integer optionIndex) {
    }

    @POST
    @Path("generate")
    @Operation(summary = "Generate the two options again after a failed or cancelled run (uses no iteration)")
    @APIResponse(responseCode = "202", description = "The project; the job runs, follow it on the event stream")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    public Response generate() {
        generation.retry(projectId, token());
        return Response.accepted(state()).build();
    }

    @POST
    @Path("select-option")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose option 0 or 1; refinement starts")
    @APIResponse(responseCode = "200", description = "The project, now in step iteration")
    @APIResponse(responseCode = "400", description = "OPTION_INDEX_INVALID, MALFORMED_JSON")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, OPTION_NOT_AVAILABLE, CONCURRENT_UPDATE")
    public ProjectView selectOption(SelectOption body) {
        generation.selectOption(projectId, token(), body == null ? null : body.optionIndex());
        return state();
    }

    @POST
    @Path("approve")
    @Operation(summary = "Approve the current design; the shopping list is made and the 24 h grace period starts")
    @APIResponse(responseCode = "200", description = "The project, now in step approved")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    public ProjectView approve() {
        generation.approve(projectId, token());
        return state();
    }

    @POST
    @Path("start-over")
    @Operation(summary = "Back to the intake: generated images are deleted and the revision counter reset")
    @APIResponse(responseCode = "200", description = "The project, now in step intake")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    public ProjectView startOver() {
        generation.startOver(projectId, token());
        return state();
    }

    @POST
    @Path("jobs/current/cancel")
    @Operation(summary = "Stop the running job; the project returns to a state where it can be retried")
    @APIResponse(responseCode = "202", description = "The stop was requested; the job ends at its next check")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP (no job running)")
    public Response cancel() {
        generation.cancelJob(projectId, token());
        return Response.accepted(state()).build();
    }

    private ProjectView state() {
        return states.view(projects.open(projectId, token()));
    }
}
