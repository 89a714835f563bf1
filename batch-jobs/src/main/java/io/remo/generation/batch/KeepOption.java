package io.remo.generation.batch;

import io.remo.pipeline.batch.RunContext;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The rendered option becomes the run's candidate when its chunk commits. */
@Dependent
@Named("keepOption")
public class KeepOption extends AbstractItemWriter {

    @Inject
    RunContext run;

    @Inject
    DesignWorkspace workspace;

    @Inject
    OptionRenderer renderer;

    @Override
    public void writeItems(List<Object> items) {
        var work = workspace.of(run.runId());
        DesignStep step = DesignStep.of(run);
        for (Object item : items) {
            var rendered = (RenderOption.Rendered) item;
            renderer.keep(step, work, rendered.optionIndex(), 0, rendered.option());
        }
    }
}
