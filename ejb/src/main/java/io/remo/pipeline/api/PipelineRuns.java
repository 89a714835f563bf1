package io.remo.pipeline.api;

import java.util.UUID;

/**
 * How a running job reports back: its listeners (in batch-jobs) call these, the run row and the project's event
 * stream follow. Each call is a transaction of its own.
 */
public interface PipelineRuns {

    String JNDI_NAME = "java:app/remo-ejb/PipelineRunService!io.remo.pipeline.api.PipelineRuns";

    /** The job's parameter that names the run. */
    String RUN_ID = "runId";
    /** The job's parameter that names the project (the purge finds a project's executions by it). */
    String PROJECT_ID = "projectId";

    void running(UUID runId, long executionId);

    /** One monotonic 0–100 per job; a lower value than already reported is ignored. */
    void progress(UUID runId, String step, int percent, String message);

    /** @param computeMillis the engine's share of the run's wall time, parallel work counted once */
    void completed(UUID runId, long computeMillis);

    void failed(UUID runId, String code, String failedStep, String message, boolean retryable);

    void stopped(UUID runId, String step);
}
