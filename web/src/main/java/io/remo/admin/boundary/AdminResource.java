package io.remo.admin.boundary;

import io.remo.admin.control.OperationsSummary;
import io.remo.catalog.control.CatalogBootstrap;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators' endpoints. Only users of WildFly's management realm (the console users, made with add-user.sh) reach
 * them: web.xml puts /api/v1/admin/* behind HTTP authentication against that realm, and {@link RolesAllowed} checks
 * the role once more, whatever path spelling the request used.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminResource.ROLE)
@Tag(name = "admin")
public class AdminResource {

    /** Given to every identity of the management realm (wildfly-config/src/main/cli/secure-admin.cli). */
    public static final String ROLE = "remo-admin";

    @EJB
    OperationsSummary summary;

    @EJB
    CatalogBootstrap catalog;

    @GET
    @Path("summary")
    @Operation(summary = "Counts for operators: live projects by step, overdue purges, running jobs; never a project")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "401", description = "AUTHENTICATION_REQUIRED: no or wrong management-realm credentials")
    public OperationsSummary.Summary summary() {
        return summary.read();
    }

    @POST
    @Path("catalog/reimport")
    @Operation(summary = "Import the product catalogue again (only changed products are rewritten)")
    @APIResponse(responseCode = "202", description = "{jobExecutionId}: the catalog-import job started")
    @APIResponse(responseCode = "401", description = "AUTHENTICATION_REQUIRED")
    public Response reimportCatalog() {
        return Response.accepted(Map.of("jobExecutionId", catalog.reimport())).build();
    }
}
