package io.remo.ratelimit.control;

/** The rate limits, each a MicroProfile Config property {@code remo.rate.<name>} holding a {@link Rate}. */
public enum RateLimit {
    /** POST /projects, per X-Device-ID. */
    CREATE_PROJECT("create-project"),
    /** POST /projects/{id}/photos and photos/uploads, per project. */
    PHOTOS("photos"),
    /** POST /projects/{id}/generate, per project. */
    GENERATE("generate"),
    /** POST /projects/{id}/revisions, per project. */
    REVISIONS("revisions"),
    /** Every request of the API, per client IP address. */
    CLIENT_IP("client-ip");

    private final String wireName;

    RateLimit(String wireName) {
        this.wireName = wireName;
    }

    /** The name in configuration, bucket keys and problem documents. */
    public String wireName() {
        return wireName;
    }

    public String property() {
        return "remo.rate." + wireName;
    }
}
