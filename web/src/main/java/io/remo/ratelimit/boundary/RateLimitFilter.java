package io.remo.ratelimit.boundary;

import io.remo.platform.boundary.Problems;
import io.remo.project.boundary.BearerToken;
import io.remo.ratelimit.control.RateLimit;
import io.remo.ratelimit.control.RateLimiter;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rate limits, before anything else happens to a request (before route matching, size checks, idempotency
 * records or any service): first the client address's limit on every request, then the limit of the route. A
 * request over a limit gets 429 {@code RATE_LIMITED} with {@code Retry-After} and has no other effect.
 * <p>
 * Per-project limits count per project and bearer token: the owner's requests all fall into one bucket, and a
 * stranger who knows a project id cannot use up its owner's allowance.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class RateLimitFilter implements ContainerRequestFilter {

    static final String DEVICE_ID = "X-Device-ID";
    static final String FORWARDED_FOR = "X-Forwarded-For";

    @EJB
    RateLimiter limiter;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest servletRequest;

    /** A limited route and whose allowance a request of it uses. */
    record Charge(RateLimit limit, String subject) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String client = clientAddresses.clientOf(servletRequest.getRemoteAddr(), request.getHeaders().get(FORWARDED_FOR));
        var refusal = limiter.consume(RateLimit.CLIENT_IP, client);
        if (refusal.isEmpty()) {
            refusal = charge(request).flatMap(c -> limiter.consume(c.limit(), c.subject()));
        }
        refusal.ifPresent(r -> request.abortWith(Response.fromResponse(Problems.response(429, "RATE_LIMITED",
                        "Too many requests: at most " + r.rate().capacity() + " per " + r.rate().period()
                                + " (" + r.limit().wireName() + "). Try again in " + r.retryAfterSeconds() + " s.",
                        null, Map.of("limit", r.limit().wireName(), "retryAfter", r.retryAfterSeconds())))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(r.retryAfterSeconds()))
                .build()));
    }

    /**
     * The route's limit, if it has one and the request names its subject; a request without a device id or token
     * is refused further on anyway, and counts against its address only. Path segments, not the raw path: matrix
     * parameters and doubled slashes must not lead around a limit.
     */
    static Optional<Charge> charge(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        List<String> path = request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath)
                .filter(segment -> !segment.isEmpty()).toList();
        if (path.isEmpty() || !"projects".equals(path.get(0))) {
            return Optional.empty();
        }
        if (path.size() == 1) {
            String device = request.getHeaderString(DEVICE_ID);
            return device == null || device.isBlank() ? Optional.empty()
                    : Optional.of(new Charge(RateLimit.CREATE_PROJECT, device));
        }
        Optional<RateLimit> limit = projectLimit(path.subList(2, path.size()));
        Optional<UUID> project = uuid(path.get(1));
        String token = BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (limit.isEmpty() || project.isEmpty() || token == null) {
            return Optional.empty();
        }
        return Optional.of(new Charge(limit.get(), project.get() + " " + token));
    }

    private static Optional<RateLimit> projectLimit(List<String> rest) {
        if (rest.equals(List.of("photos")) || rest.equals(List.of("photos", "uploads"))) {
            return Optional.of(RateLimit.PHOTOS);
        }
        if (rest.equals(List.of("generate"))) {
            return Optional.of(RateLimit.GENERATE);
        }
        if (rest.equals(List.of("revisions"))) {
            return Optional.of(RateLimit.REVISIONS);
        }
        return Optional.empty();
    }

    /** JAX-RS reads the id case-insensitively, so must the limit. */
    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
