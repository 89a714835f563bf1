package io.remo.pipeline.api;

import java.util.List;
import java.util.UUID;

/** The design-options job's access to the project (its batch artifacts reach it by {@link #JNDI_NAME}). */
public interface DesignPipeline {

    String JNDI_NAME = "java:app/remo-ejb/DesignPipelineService!io.remo.pipeline.api.DesignPipeline";

    DesignInput input(UUID projectId, int generation);

    /**
     * Records the options (idempotent: a re-run of the step finds them recorded), moves the project to selection and
     * tells the phone. Ignored when the project moved on to another generation meanwhile.
     */
    void publish(UUID runId, UUID projectId, int generation, List<PublishedOption> options);
}
