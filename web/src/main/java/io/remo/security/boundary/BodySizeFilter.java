package io.remo.security.boundary;

import io.remo.platform.api.ProblemException;
import io.remo.platform.boundary.BoundedInputStream;
import io.remo.platform.boundary.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds every request body other than the multipart uploads (which have their own, larger limits in
 * {@code UploadSizeFilter}): a JSON body is read whole into memory, so a declared length over the limit is refused at
 * once and an undeclared one as soon as it passes the limit, with 413 {@code BODY_TOO_LARGE}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "remo.request.max-body-bytes")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return;
        }
        if (request.getLength() > maxBodyBytes) {
            request.abortWith(Problems.response(413, "BODY_TOO_LARGE", message(), null, Map.of()));
        } else if (request.getLength() < 0) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBodyBytes,
                    () -> new ProblemException(413, "BODY_TOO_LARGE", message())));
        }
    }

    private String message() {
        return "A request body may be at most " + maxBodyBytes + " bytes.";
    }
}
