package io.remo.brief.boundary;

import io.remo.brief.control.BriefService;
import io.remo.brief.control.IntakeReply;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "intake")
public class IntakeResource extends ProjectAccess {

    @EJB
    BriefService briefs;

    @EJB
    ProjectService projects;

    @EJB
    ProjectStateReader states;

    /** Body of intake/message. */
    public record Message(String mode, String content) {
    }

    @POST
    @Path("message")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Talk to the intake interviewer; the first message chooses the mode (quick, full or open)")
    @APIResponse(responseCode = "200", description = "{mode, reply, suggestions, filledFields, remainingFields, brief, "
            + "summary, complete, answeredBy}")
    @APIResponse(responseCode = "400", description = "INTAKE_MODE_REQUIRED, INTAKE_MODE_INVALID, MESSAGE_TOO_LONG, MALFORMED_JSON")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    public IntakeReply message(Message body) {
        return briefs.message(projectId, token(), body == null ? null : body.mode(), body == null ? null : body.content());
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Confirm the brief the conversation produced; generation starts")
    @APIResponse(responseCode = "200", description = "The project, now in step generating")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, INTAKE_NOT_STARTED")
    public ProjectView confirm() {
        briefs.confirm(projectId, token());
        return states.view(projects.open(projectId, token()));
    }

    @POST
    @Path("skip")
    @Operation(summary = "Skip the intake; generation starts from the photos alone")
    @APIResponse(responseCode = "200", description = "The project, now in step generating")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    public ProjectView skip() {
        briefs.skip(projectId, token());
        return states.view(projects.open(projectId, token()));
    }
}
