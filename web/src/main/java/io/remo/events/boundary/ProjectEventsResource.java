package io.remo.events.boundary;

import io.remo.project.boundary.BearerToken;
import io.remo.project.boundary.ProjectJson;
import io.remo.project.control.ProjectService;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}/events")
@Tag(name = "events")
public class ProjectEventsResource {

    @EJB
    ProjectService projects;

    @Inject
    ProjectEventBroadcaster broadcaster;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live events of the project: state, progress, complete, error; the current state first")
    @APIResponse(responseCode = "200", description = "An event stream")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND")
    public void events(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @Context SseEventSink sink, @Context Sse sse) {
        var project = projects.open(id, BearerToken.from(authorization));
        broadcaster.subscribe(id, sink, sse);
        broadcaster.sendTo(sink, sse, null, "state", ProjectJson.State.of(project));
    }
}
