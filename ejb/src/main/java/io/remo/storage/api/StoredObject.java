package io.remo.storage.api;

import java.time.Instant;

public record StoredObject(String key, long size, Instant lastModified) {
}
