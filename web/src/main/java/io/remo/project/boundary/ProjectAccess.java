package io.remo.project.boundary;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;

/**
 * What every project route reads from the request: the project id from the path and the bearer token. Resources of
 * the project's sub-paths extend it (JAX-RS injects both per request).
 */
public abstract class ProjectAccess {

    @PathParam("id")
    protected UUID projectId;

    @HeaderParam(HttpHeaders.AUTHORIZATION)
    protected String authorization;

    protected String token() {
        return BearerToken.from(authorization);
    }
}
