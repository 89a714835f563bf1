package io.remo.pipeline.control;

import java.util.Map;
import java.util.UUID;

/** A job to start once the transaction that asked for it has committed. */
public record JobRequest(UUID runId, String jobName, Map<String, String> parameters) {
}
