package io.remo.security.boundary;

import io.remo.platform.boundary.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin access for browsers: closed unless {@code remo.cors.allowed-origins} names origins (the phone app needs
 * none). An allowed origin gets its preflights answered and may read responses; any other origin gets no CORS header
 * at all, and its preflights are refused with 403 {@code CORS_NOT_ALLOWED}. No credentials are ever allowed: the API
 * uses bearer tokens, never cookies.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 150)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ORIGIN = "Origin";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";
    static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
    static final Set<String> METHODS = Set.of("GET", "POST", "DELETE");
    static final List<String> REQUEST_HEADER_NAMES = List.of("Authorization", "Content-Type", "X-Device-ID",
            "Idempotency-Key", "Last-Event-ID");
    static final List<String> EXPOSED_HEADERS = List.of("Location", "Retry-After", "Idempotent-Replayed");

    @Inject
    @ConfigProperty(name = "remo.cors.allowed-origins")
    Optional<List<String>> allowedOriginEntries;

    @Inject
    @ConfigProperty(name = "remo.cors.max-age")
    Duration maxAge;

    private Set<String> allowedOrigins;

    @PostConstruct
    void configure() {
        allowedOrigins = allowedOriginEntries.orElse(List.of()).stream().map(CorsFilter::normalise)
                .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        String method = request.getHeaderString(REQUEST_METHOD);
        if (!"OPTIONS".equals(request.getMethod()) || origin == null || method == null) {
            return;
        }
        Set<String> allowedHeaders = REQUEST_HEADER_NAMES.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        boolean headersAllowed = headerNames(request.getHeaderString(REQUEST_HEADERS)).stream().allMatch(allowedHeaders::contains);
        if (!allowed(origin) || !METHODS.contains(method) || !headersAllowed) {
            request.abortWith(Problems.response(403, "CORS_NOT_ALLOWED", "This origin, method or header is not allowed "
                    + "to call the API from a browser.", ORIGIN, Map.of()));
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Methods", String.join(", ", METHODS.stream().sorted().toList()))
                .header("Access-Control-Allow-Headers", String.join(", ", REQUEST_HEADER_NAMES))
                .header("Access-Control-Max-Age", Long.toString(maxAge.toSeconds()))
                .build());
    }

    /** Every response to an allowed origin, preflight and refusals included, says that origin may read it. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", ORIGIN);
        String origin = request.getHeaderString(ORIGIN);
        if (origin != null && allowed(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", String.join(", ", EXPOSED_HEADERS));
        }
    }

    private boolean allowed(String origin) {
        return allowedOrigins.contains(normalise(origin));
    }

    /** Scheme and host are case-insensitive in an origin; a trailing slash is a common slip in configuration. */
    private static String normalise(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static List<String> headerNames(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).toList();
    }
}
