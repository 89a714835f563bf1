package io.remo.project.boundary;

import io.remo.project.control.ProjectService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectsResource {

    static final String DEVICE_ID = "X-Device-ID";

    @EJB
    ProjectService projects;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create a project; the response carries its bearer token, shown only this once")
    @APIResponse(responseCode = "201", description = "Created: {id, token, step, purgeAt}")
    @APIResponse(responseCode = "400", description = "DEVICE_ID_REQUIRED, DEVICE_ID_INVALID")
    public Response create(@Parameter(required = true) @HeaderParam(DEVICE_ID) String deviceId) {
        var created = projects.create(deviceId);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).path("state").build())
                .entity(ProjectJson.Created.of(created))
                .build();
    }
}
