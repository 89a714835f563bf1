package io.remo.events.boundary;

import io.remo.events.control.StreamTicket;
import io.remo.events.control.StreamTickets;
import io.remo.project.boundary.ProjectAccess;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}/events/ticket")
@Tag(name = "events")
public class StreamTicketResource extends ProjectAccess {

    @EJB
    StreamTickets tickets;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A single-use ticket that opens one event stream (GET events?ticket=…) for clients that "
            + "cannot send the Authorization header, such as a browser's EventSource; valid for remo.events.ticket-ttl (60 s by default)")
    @APIResponse(responseCode = "200", description = "{ticket, expiresAt}")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND")
    public Response issue() {
        StreamTicket ticket = tickets.issue(projectId, token());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(ticket).cacheControl(noStore).build();
    }
}
