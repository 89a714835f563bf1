package io.remo.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an upload whose declared length is over the route's limit before a byte of it is read: with
 * {@code Expect: 100-continue} the client does not even send it. Bodies without a declared length are counted while
 * they are read (the multipart reader stops at the limit).
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
        if (!"POST".equals(request.getMethod()) || request.getLength() < 0) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (PHOTOS.matcher(path).matches() && request.getLength() > maxPhotoBytes + ENVELOPE) {
            request.abortWith(Problems.response(413, "FILE_TOO_LARGE", "A photo may be at most " + maxPhotoBytes
                    + " bytes.", "file", Map.of()));
        } else if (SCAN.matcher(path).matches() && request.getLength() > maxScanBytes + ENVELOPE) {
            request.abortWith(Problems.response(413, "SCAN_TOO_LARGE", "A raw scan may be at most " + maxScanBytes
                    + " bytes.", "scan", Map.of()));
        }
    }
}
