package io.remo.shopping.boundary;

import io.remo.project.boundary.ProjectAccess;
import io.remo.shopping.api.ShoppingListView;
import io.remo.shopping.control.ShoppingListReader;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}")
@Tag(name = "shopping list")
public class ShoppingListResource extends ProjectAccess {

    @EJB
    ShoppingListReader lists;

    @GET
    @Path("shopping-list")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The products of the approved design, grouped, priced and checked against the scanned room")
    @APIResponse(responseCode = "200", description = "{groups: [{category, items: [...]}], totalEstimatedCost, currency}")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "SHOPPING_LIST_NOT_READY")
    public ShoppingListView list() {
        return lists.read(projectId, token());
    }

    @GET
    @Path("shopping-list.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The shopping list as a PDF: the approved design, the brief and the list with links")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "PROJECT_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "SHOPPING_LIST_NOT_READY")
    public Response pdf() {
        return Response.ok(lists.pdf(projectId, token()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"remo-shopping-list.pdf\"").build();
    }
}
