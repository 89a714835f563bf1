package io.remo.platform.boundary;

import io.remo.platform.api.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an upload whose declared length is over the route's limit before a byte of it is read: with
 * {@code Expect: 100-continue} the client does not even send it. Bodies without a declared length (chunked) are
 * counted while they stream in and refused as soon as they pass the limit.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class UploadSizeFilter implements ContainerRequestFilter {

    /** Room for the multipart envelope around the file. */
    static final long ENVELOPE = 64 * 1024;
    private static final Pattern PHOTOS = Pattern.compile("(/api/v1)?/?projects/[^/]+/photos/?");
    private static final Pattern SCAN = Pattern.compile("(/api/v1)?/?projects/[^/]+/scan/?");

    @Inject
    @ConfigProperty(name = "remo.upload.max-bytes")
    long maxPhotoBytes;

    @Inject
    @ConfigProperty(name = "remo.scan.max-bytes")
    long maxScanBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (PHOTOS.matcher(path).matches()) {
            limit(request, maxPhotoBytes, () -> new ProblemException(413, "FILE_TOO_LARGE", "A photo may be at most "
                    + maxPhotoBytes + " bytes.", "file"));
        } else if (SCAN.matcher(path).matches()) {
            limit(request, maxScanBytes, () -> new ProblemException(413, "SCAN_TOO_LARGE", "A raw scan may be at most "
                    + maxScanBytes + " bytes.", "scan"));
        }
    }

    /** A declared length is judged at once; an undeclared one is counted as the body streams in. */
    private static void limit(ContainerRequestContext request, long maxBytes, Supplier<ProblemException> refusal) {
        if (request.getLength() < 0) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBytes + ENVELOPE, refusal));
        } else if (request.getLength() > maxBytes + ENVELOPE) {
            ProblemException problem = refusal.get();
            request.abortWith(Problems.response(problem.status(), problem.code(), problem.getMessage(), problem.field(),
                    problem.details()));
        }
    }
}
