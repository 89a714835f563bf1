package io.remo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Remo API", version = "1",
        description = "Room redesign projects for the Remo phone app: photos, scan, intake, generation, revisions, "
                + "approval and the shopping list. Errors are application/problem+json with a stable code."),
        security = @SecurityRequirement(name = RemoApplication.PROJECT_TOKEN))
@SecurityScheme(securitySchemeName = RemoApplication.PROJECT_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The project's token from POST /projects (creating a project needs none)")
public class RemoApplication extends Application {

    static final String PROJECT_TOKEN = "projectToken";
}
