package io.remo.events.boundary;

import io.remo.events.control.ProjectEvents;
import io.remo.events.control.StreamTickets;
import io.remo.project.boundary.BearerToken;
import io.remo.project.control.ProjectService;
import io.remo.project.control.ProjectStateReader;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}/events")
@Tag(name = "events")
public class ProjectEventsResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    @EJB
    ProjectService projects;

    @EJB
    ProjectStateReader states;

    @EJB
    ProjectEvents events;

    @EJB
    StreamTickets tickets;

    @Inject
    ProjectEventBroadcaster broadcaster;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live events of the project: state, progress, complete, error. A new stream first receives "
            + "the current state; a reconnecting one (Last-Event-ID) first receives the events it missed. Authorized by "
            + "the bearer token, or by a ticket from POST events/ticket where headers cannot be sent")
    @APIResponse(responseCode = "200", description = "An event stream; a comment heartbeat every 15 s")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND")
    public void events(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @Parameter(description = "id of the last event received, to resume") @HeaderParam(LAST_EVENT_ID) String lastEventId,
                       @Parameter(description = "a single-use ticket instead of the Authorization header") @QueryParam("ticket") String ticket,
                       @Context SseEventSink sink, @Context Sse sse) {
        var project = ticket != null ? tickets.redeem(id, ticket) : projects.open(id, BearerToken.from(authorization));
        long resumeAfter = parseEventId(lastEventId);
        broadcaster.open(id, sink, sse, resumeAfter, resumeAfter == 0 ? states.view(project) : null,
                after -> after == 0 ? java.util.List.of() : events.since(id, after));
    }

    private static long parseEventId(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
