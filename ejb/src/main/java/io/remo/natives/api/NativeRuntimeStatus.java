package io.remo.natives.api;

import java.util.Map;

/** What the native-backed libraries computed when the application started (see NativeRuntimeProbe). */
public interface NativeRuntimeStatus {

    String JNDI_NAME = "java:app/remo-ejb/NativeRuntimeProbe!io.remo.natives.api.NativeRuntimeStatus";

    /** One library's answer: {@code detail} says what it computed, or why it failed. */
    record Check(boolean ok, String detail, long millis) {
    }

    /** By library name: opencv, djl, embedding, cuda. */
    Map<String, Check> checks();

    default boolean allOk() {
        return !checks().isEmpty() && checks().values().stream().allMatch(Check::ok);
    }
}
