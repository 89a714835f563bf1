package io.remo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Remo API", version = "1",
        description = "Room redesign projects for the Remo phone app: photos, scan, intake, generation, revisions, "
                + "approval and the shopping list. Errors are application/problem+json with a stable code."))
public class RemoApplication extends Application {
}
