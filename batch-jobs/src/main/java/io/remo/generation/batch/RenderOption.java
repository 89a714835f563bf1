package io.remo.generation.batch;

import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.RenderedOption;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Renders the partition's option. A stop request seen by the engine ends the item without a result; the chunk then
 * ends and the runtime stops the job, so it ends STOPPED rather than FAILED.
 */
@Dependent
@Named("renderOption")
public class RenderOption implements ItemProcessor {

    /** The chunk's item after processing. */
    record Rendered(int optionIndex, RenderedOption option) {
    }

    @Inject
    RunContext run;

    @Inject
    DesignWorkspace workspace;

    @Inject
    OptionRenderer renderer;

    @Override
    public Object processItem(Object item) {
        int optionIndex = (Integer) item;
        DesignStep step = DesignStep.of(run);
        var work = workspace.analyzed(step.runId(), step.projectId(), step.generation(), run.control());
        var control = new OptionShare(run.control(), work.shares, optionIndex);
        try {
            return new Rendered(optionIndex, renderer.render(step, work, optionIndex, 0, control));
        } catch (JobCancelledException e) {
            return null;
        }
    }
}
