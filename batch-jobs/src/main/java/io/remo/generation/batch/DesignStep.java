package io.remo.generation.batch;

import io.remo.pipeline.batch.RunContext;
import java.util.UUID;

/** The coordinates of a design-options run, as every step reads them. */
record DesignStep(UUID runId, UUID projectId, int generation) {

    static DesignStep of(RunContext run) {
        return new DesignStep(run.runId(), run.projectId(), Integer.parseInt(run.jobProperty("generation")));
    }
}
