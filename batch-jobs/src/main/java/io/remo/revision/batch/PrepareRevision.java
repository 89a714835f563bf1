package io.remo.revision.batch;

import io.remo.pipeline.batch.PipelineBatchlet;
import io.remo.pipeline.batch.RunContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Dependent
@Named("prepareRevision")
public class PrepareRevision extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    RevisionWorkspace workspace;

    @Override
    protected String work() {
        var step = RevisionStep.of(run);
        var control = run.control();
        var work = workspace.prepared(step.runId(), step.revisionId(), control);
        control.progress(1, "design ready");
        return "BASE_" + work.base.width() + "x" + work.base.height();
    }
}
