package io.remo.revision.batch;

import io.remo.pipeline.batch.PipelineBatchlet;
import io.remo.pipeline.batch.RunContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Masks (rasterised lasso, brush strokes, refinement), the edits in priority order, compositing, or a regeneration. */
@Dependent
@Named("editRevision")
public class EditRevision extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    RevisionWorkspace workspace;

    @Override
    protected String work() {
        var step = RevisionStep.of(run);
        var control = run.control();
        var work = workspace.edited(step.runId(), step.revisionId(), control);
        control.progress(1, "edit done");
        return work.lasso != null ? "LASSO_" + work.input.request().regions().size() : "REGENERATED";
    }
}
