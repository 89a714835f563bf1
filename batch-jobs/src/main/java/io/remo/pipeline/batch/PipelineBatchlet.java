package io.remo.pipeline.batch;

import io.remo.pipeline.engine.JobCancelledException;
import jakarta.batch.api.AbstractBatchlet;

/**
 * A pipeline step that ends quietly when its engine saw a stop request: the runtime then records the step (and the
 * job) as STOPPED, not FAILED, and the run can be restarted or retried.
 */
public abstract class PipelineBatchlet extends AbstractBatchlet {

    @Override
    public final String process() {
        try {
            return work();
        } catch (JobCancelledException e) {
            return "STOPPED";
        }
    }

    protected abstract String work();
}
