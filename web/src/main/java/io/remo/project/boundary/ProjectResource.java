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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One project: its state, its images, its deletion. (Creation is on {@link ProjectsResource}.) */
@Path("projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectResource extends ProjectAccess {

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

    @GET
    @Path("state")
    @Operation(summary = "Everything a phone needs to resume the project")
    @APIResponse(responseCode = "200", description = "The project's state")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND: unknown project, or a missing or wrong token")
    public ProjectView state() {
        return states.view(projects.open(projectId, token()));
    }

    @DELETE
    @Operation(summary = "Delete the project and everything of it now (images, scan, brief, list)")
    @APIResponse(responseCode = "204", description = "Purged; every route of the project now answers 404")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND")
    public Response delete() {
        projects.open(projectId, token());
        purger.purge(projectId, PurgeReason.USER_REQUEST);
        broadcaster.closeAll(projectId);
        return Response.noContent().build();
    }

    @GET
    @Path("images/{imageId}")
    @Operation(summary = "Redirect to a presigned URL of the image, valid one hour")
    @APIResponse(responseCode = "302", description = "Found: the image's download URL")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND, IMAGE_NOT_FOUND")
    public Response image(@PathParam("imageId") UUID imageId,
                          @Parameter(description = "full (default), thumbnail or webp") @QueryParam("variant") String variant) {
        return Response.status(Response.Status.FOUND)
                .location(images.locate(projectId, token(), imageId, variant))
                .build();
    }
}
