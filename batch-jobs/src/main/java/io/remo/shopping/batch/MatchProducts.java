package io.remo.shopping.batch;

import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Step 2 of the shopping-list job. */
@Dependent
@Named("matchProducts")
public class MatchProducts extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    ShoppingWorkspace workspace;

    @Override
    protected String work() {
        var control = run.control();
        var work = workspace.matched(run.runId(), run.projectId(), UUID.fromString(run.jobProperty("imageId")), control);
        control.progress(1, "products matched");
        return "GROUPS_" + work.list.groups().size();
    }
}
