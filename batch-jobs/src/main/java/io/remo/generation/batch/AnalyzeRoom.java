package io.remo.generation.batch;

import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Dependent
@Named("analyzeRoom")
public class AnalyzeRoom extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    DesignWorkspace workspace;

    @Override
    protected String work() {
        DesignStep step = DesignStep.of(run);
        var control = run.control();
        var work = workspace.analyzed(step.runId(), step.projectId(), step.generation(), control);
        control.progress(1, "room analysed");
        return "ROOM_" + work.analysis.roomType();
    }
}
