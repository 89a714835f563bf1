package io.remo.generation.batch;

import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.batch.RunComputeTime;
import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.verify.GateResult;
import io.remo.pipeline.verify.QualityGates;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The quality gates. An option whose structure drifted (walls, windows, doors moved) or that came out blank or
 * saturated is rendered again with a new seed; when the two options look alike, option 1 is. At most
 * {@code remo.pipeline.max-regenerations} times, then the run fails with QUALITY_GATE_FAILED.
 */
@Dependent
@Named("verifyOptions")
public class VerifyOptions extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    DesignWorkspace workspace;

    @Inject
    OptionRenderer renderer;

    @Inject
    RunComputeTime computeTime;

    @Inject
    @ConfigProperty(name = "remo.pipeline.max-regenerations", defaultValue = "2")
    int maxRegenerations;

    @Inject
    QualityGates gates;

    @Override
    protected String work() {
        DesignStep step = DesignStep.of(run);
        JobControl control = run.control();
        var work = workspace.analyzed(step.runId(), step.projectId(), step.generation(), control);
        for (int i = 0; i < 2; i++) {
            if (work.options[i] == null) { // restarted on another node, or the partition was stopped
                renderer.keep(step, work, i, 0, renderer.render(step, work, i, 0, JobControl.NONE));
            }
        }
        int regenerations = 0;
        while (true) {
            control.checkCancelled();
            int failing = computeTime.measure(step.runId(), () -> firstFailing(work));
            if (failing < 0) {
                break;
            }
            if (regenerations >= maxRegenerations) {
                throw new PipelineFailure("QUALITY_GATE_FAILED", "option " + failing + " failed its quality gates after "
                        + regenerations + " new attempts: " + work.gates.get(failing));
            }
            regenerations++;
            int attempt = work.attempts[failing] + 1;
            control.progress(regenerations / (double) (maxRegenerations + 1), "option " + (failing + 1) + " again, with a new seed");
            renderer.keep(step, work, failing, attempt, renderer.render(step, work, failing, attempt, JobControl.NONE));
        }
        control.progress(1, "both options passed their checks");
        return "PASSED_AFTER_" + regenerations + "_REGENERATIONS";
    }

    /** The index of the first option that fails a gate (option 1 when they are too alike), or -1. */
    private int firstFailing(DesignWorkspace.Work work) {
        RenderedOption[] options = work.options;
        for (int i = 0; i < 2; i++) {
            GateResult structure = gates.structurePreserved(work.analysis.edges(), options[i].image());
            GateResult exposure = gates.blankOrSaturated(options[i].image());
            work.gates.put(i, List.of(structure, exposure));
            if (!structure.passed() || !exposure.passed()) {
                return i;
            }
        }
        GateResult distinct = gates.distinctEnough(options[0].image(), options[1].image());
        work.gates.put(1, List.of(work.gates.get(1).get(0), work.gates.get(1).get(1), distinct));
        return distinct.passed() ? -1 : 1;
    }
}
