package io.remo.generation.batch;

import io.remo.brief.api.GenerationInstructions;
import io.remo.brief.prompt.PromptBuilder;
import io.remo.pipeline.batch.Engines;
import io.remo.pipeline.batch.RunComputeTime;
import io.remo.pipeline.batch.Seeds;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RenderedOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Renders one option of a run: its reading of the brief, its seed for the attempt, the engine. */
@ApplicationScoped
public class OptionRenderer {

    @Inject
    Engines engines;

    @Inject
    RunComputeTime computeTime;

    @Inject
    OptionUploads uploads;

    @Inject
    @ConfigProperty(name = "remo.pipeline.output-long-side", defaultValue = "1024")
    int outputLongSide;

    private final PromptBuilder prompts = new PromptBuilder();

    public RenderedOption render(DesignStep step, DesignWorkspace.Work work, int optionIndex, int attempt, JobControl control) {
        GenerationInstructions instructions = prompts.option(work.input.brief(), optionIndex, null);
        long seed = Seeds.of(step.projectId(), step.generation(), optionIndex, attempt);
        return computeTime.measure(step.runId(), () -> engines.engine().generate(new GenerationRequest(work.photo,
                work.analysis, instructions, seed, outputLongSide), control));
    }

    /** The option of the given attempt becomes the run's candidate for that index, and its upload starts. */
    public void keep(DesignStep step, DesignWorkspace.Work work, int optionIndex, int attempt, RenderedOption option) {
        synchronized (work) {
            work.options[optionIndex] = option;
            work.attempts[optionIndex] = attempt;
        }
        uploads.startOption(step, work, optionIndex, option);
    }
}
