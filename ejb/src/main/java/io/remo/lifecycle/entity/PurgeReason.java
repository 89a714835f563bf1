package io.remo.lifecycle.entity;

import java.util.Locale;

public enum PurgeReason {
    /** 48 h (remo.lifecycle.abandon-after) passed without a client action. */
    ABANDONED,
    /** 24 h (remo.lifecycle.grace-after) passed since approval. */
    GRACE_EXPIRED,
    /** The person asked: DELETE /api/v1/projects/{id}. */
    USER_REQUEST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
