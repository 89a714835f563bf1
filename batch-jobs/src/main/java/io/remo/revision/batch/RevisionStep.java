package io.remo.revision.batch;

import io.remo.pipeline.batch.RunContext;
import java.util.UUID;

/** The coordinates of a revision run. */
record RevisionStep(UUID runId, UUID revisionId) {

    static RevisionStep of(RunContext run) {
        return new RevisionStep(run.runId(), UUID.fromString(run.jobProperty("revisionId")));
    }
}
