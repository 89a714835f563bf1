package io.remo.shopping.batch;

import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Step 1 of the shopping-list job. */
@Dependent
@Named("findDesignItems")
public class FindDesignItems extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    ShoppingWorkspace workspace;

    @Override
    protected String work() {
        var control = run.control();
        var work = workspace.found(run.runId(), run.projectId(), UUID.fromString(run.jobProperty("imageId")), control);
        control.progress(1, work.items.size() + " items found");
        return "ITEMS_" + work.items.size();
    }
}
