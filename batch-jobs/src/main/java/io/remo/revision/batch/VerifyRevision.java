package io.remo.revision.batch;

import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.batch.PipelineBatchlet;
import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.verify.GateResult;
import io.remo.pipeline.verify.QualityGates;
import io.remo.revision.fidelity.FidelityMetrics;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The promise of a lasso edit checked, not assumed: no pixel outside the mask (dilated by the feather, and the
 * moved content's destination) may differ from the base. A regeneration passes the option gates instead.
 */
@Dependent
@Named("verifyRevision")
public class VerifyRevision extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    RevisionWorkspace workspace;

    private final QualityGates gates = new QualityGates();

    @Override
    protected String work() {
        var step = RevisionStep.of(run);
        var work = workspace.edited(step.runId(), step.revisionId(), JobControl.NONE);
        if (work.lasso != null) {
            FidelityMetrics fidelity = work.lasso.fidelity();
            if (fidelity.maxChangeOutsideMask() != 0 || fidelity.changedOutsideSupport() != 0) {
                throw new PipelineFailure("FIDELITY_VIOLATED", "the edit changed " + fidelity.changedOutsideSupport()
                        + " pixels outside its mask (by up to " + fidelity.maxChangeOutsideMask() + ")");
            }
            run.control().progress(1, "nothing outside your regions changed");
            return "FIDELITY_OK";
        }
        GateResult exposure = gates.blankOrSaturated(work.regenerated.image());
        if (!exposure.passed()) {
            throw new PipelineFailure("QUALITY_GATE_FAILED", "the regenerated design failed " + exposure);
        }
        run.control().progress(1, "the new design passed its checks");
        return "GATES_OK";
    }
}
