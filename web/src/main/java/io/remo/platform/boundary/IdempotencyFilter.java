package io.remo.platform.boundary;

import io.remo.platform.control.IdempotencyStore;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every POST safe to retry: with an {@code Idempotency-Key} header, a repeat of the same request returns the
 * first response (marked {@code Idempotent-Replayed: true}) and has no second effect. Keys are scoped to the project
 * and its token (or, for project creation, to the device), so nobody else's key can replay a response. A response
 * of 5xx is not kept: the retry runs again.
 */
@Provider
@Priority(Priorities.USER + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String RECORD = IdempotencyFilter.class.getName() + ".record";
    private static final String STATUS = IdempotencyFilter.class.getName() + ".status";
    private static final String LOCATION = IdempotencyFilter.class.getName() + ".location";
    private static final String PROJECT = IdempotencyFilter.class.getName() + ".project";
    private static final int MAX_HASHED_BODY = 1024 * 1024;
    private static final Pattern PROJECT_PATH = Pattern.compile("projects/([0-9a-fA-F-]{36})");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @EJB
    IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(Problems.response(400, "IDEMPOTENCY_KEY_INVALID",
                    "Idempotency-Key must be 1 to 200 visible ASCII characters.", HEADER, Map.of()));
            return;
        }
        String path = request.getUriInfo().getPath();
        UUID project = projectOf(path);
        String scope = project != null
                ? "project:" + project + ":" + sha256(nullToEmpty(request.getHeaderString(HttpHeaders.AUTHORIZATION))).substring(0, 16)
                : "device:" + sha256(nullToEmpty(request.getHeaderString("X-Device-ID")));
        var claim = store.claim(scope, key, requestHash(request, path));
        if (claim instanceof IdempotencyStore.Claimed claimed) {
            request.setProperty(RECORD, claimed.recordId());
            request.setProperty(PROJECT, project);
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            Response.ResponseBuilder response = Response.status(replay.status()).header(REPLAYED, "true");
            if (replay.location() != null) {
                response.header(HttpHeaders.LOCATION, replay.location());
            }
            if (replay.body() != null && replay.body().length > 0) {
                response.entity(replay.body()).type(replay.contentType());
            }
            request.abortWith(response.build());
        } else if (claim instanceof IdempotencyStore.InProgress) {
            request.abortWith(Response.fromResponse(Problems.response(409, "IDEMPOTENCY_KEY_IN_USE",
                    "A request with this Idempotency-Key is still running.", HEADER, Map.of()))
                    .header("Retry-After", "1").build());
        } else {
            request.abortWith(Problems.response(422, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used for a different request.", HEADER, Map.of()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object record = request.getProperty(RECORD);
        if (record == null) {
            return;
        }
        long recordId = (Long) record;
        if (response.getStatus() >= 500) {
            store.release(recordId);
            request.removeProperty(RECORD);
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        UUID project = request.getProperty(PROJECT) != null ? (UUID) request.getProperty(PROJECT) : projectOf(location);
        if (response.hasEntity()) {
            // completed by aroundWriteTo, once the body is written
            request.setProperty(STATUS, response.getStatus());
            request.setProperty(LOCATION, location);
            request.setProperty(PROJECT, project);
        } else {
            store.complete(recordId, response.getStatus(), null, location, null, project);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object record = context.getProperty(RECORD);
        if (record == null || context.getProperty(STATUS) == null) {
            context.proceed();
            return;
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        OutputStream original = context.getOutputStream();
        context.setOutputStream(new FilterOutputStream(original) {
            @Override
            public void write(int b) throws IOException {
                copy.write(b);
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                copy.write(b, off, len);
                original.write(b, off, len);
            }
        });
        context.proceed();
        MediaType type = context.getMediaType();
        store.complete((Long) record, (Integer) context.getProperty(STATUS), type == null ? null : type.toString(),
                (String) context.getProperty(LOCATION), copy.toByteArray(), (UUID) context.getProperty(PROJECT));
    }

    /**
     * Same key, same request: method and path, plus the body when it is small enough to read twice (JSON); for
     * uploads, the content length stands in for the body.
     */
    private static String requestHash(ContainerRequestContext request, String path) throws IOException {
        StringBuilder basis = new StringBuilder(request.getMethod()).append(' ').append(path).append('\n');
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            basis.append("multipart ").append(request.getLength());
        } else if (request.hasEntity() && request.getLength() <= MAX_HASHED_BODY) {
            byte[] body = request.getEntityStream().readNBytes(MAX_HASHED_BODY + 1);
            request.setEntityStream(new ByteArrayInputStream(body));
            basis.append(new String(body, StandardCharsets.UTF_8));
        }
        return sha256(basis.toString());
    }

    private static UUID projectOf(String path) {
        if (path == null) {
            return null;
        }
        Matcher matcher = PROJECT_PATH.matcher(path);
        if (!matcher.find()) {
            return null;
        }
        try {
            return UUID.fromString(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
