package io.remo.revision.api;

import java.util.UUID;

/** The revision job's access to the project (by {@link #JNDI_NAME}). */
public interface RevisionPipeline {

    String JNDI_NAME = "java:app/remo-ejb/RevisionPipelineService!io.remo.revision.api.RevisionPipeline";

    RevisionInput input(UUID revisionId);

    /** Records the result (idempotent), counts the iteration, tells the phone. */
    void publish(UUID runId, UUID revisionId, PublishedRevision revision);
}
