package io.remo.project.boundary;

import io.remo.events.boundary.ProjectEventBroadcaster;
import io.remo.generation.control.ImageLocator;
import io.remo.lifecycle.control.ProjectPurger;
import io.remo.lifecycle.entity.PurgeReason;
import io.remo.project.control.ProjectService;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.control.ProjectView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
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

    @EJB
    ProjectStateReader states;

    @EJB
    ProjectPurger purger;

    @EJB
    ImageLocator images;

    @Inject
    ProjectEventBroadcaster broadcaster;

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

    @GET
    @Path("{id}/state")
    @Operation(summary = "Everything a phone needs to resume the project")
    @APIResponse(responseCode = "200", description = "The project's state")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND: unknown project, or a missing or wrong token")
    public ProjectView state(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return states.view(projects.open(id, BearerToken.from(authorization)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete the project and everything of it now (images, scan, brief, list)")
    @APIResponse(responseCode = "204", description = "Purged; every route of the project now answers 404")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        projects.open(id, BearerToken.from(authorization));
        purger.purge(id, PurgeReason.USER_REQUEST);
        broadcaster.closeAll(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/images/{imageId}")
    @Operation(summary = "Redirect to a presigned URL of the image, valid one hour")
    @APIResponse(responseCode = "302", description = "Found: the image's download URL")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND, IMAGE_NOT_FOUND")
    public Response image(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId,
                          @Parameter(description = "full (default), thumbnail or webp") @QueryParam("variant") String variant,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Response.status(Response.Status.FOUND)
                .location(images.locate(id, BearerToken.from(authorization), imageId, variant))
                .build();
    }
}
