package io.remo.project.boundary;

/** The project token from an {@code Authorization: Bearer …} header; null when absent or of another scheme. */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private BearerToken() {
    }

    public static String from(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorizationHeader.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
