package io.remo.pipeline.batch;

import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.api.PipelineRuns;
import io.remo.pipeline.engine.JobCancelledException;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Reports each step as it starts (its progress floor) and notes the failure of a step for the job's end. */
@Dependent
@Named("runStepReporter")
public class RunStepReporter implements StepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ProgressSender progress;

    @Override
    public void beforeStep() {
        RunJobReporter.notes(job).currentStep = step.getStepName();
        String from = step.getProperties().getProperty("progressFrom");
        progress.submit(UUID.fromString(job.getProperties().getProperty(PipelineRuns.RUN_ID)), step.getStepName(),
                from == null ? 0 : Integer.parseInt(from), null);
        if (FaultInjection.at(step.getStepName()).filter(FaultInjection.Kind.FAIL::equals).isPresent()) {
            var injected = new PipelineFailure("FAULT_INJECTED", "failure injected into step " + step.getStepName()
                    + " (" + FaultInjection.PROPERTY + ")");
            RunJobReporter.notes(job).failure = describe(step.getStepName(), injected);
            throw injected;
        }
    }

    @Override
    public void afterStep() {
        Exception exception = step.getException();
        if (exception != null && !(rootCause(exception) instanceof JobCancelledException)) {
            RunJobReporter.notes(job).failure = describe(step.getStepName(), exception);
        }
    }

    static RunNotes.Failure describe(String stepName, Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof PipelineFailure failure) {
                return new RunNotes.Failure(failure.code(), stepName, failure.getMessage(), failure.retryable());
            }
        }
        Throwable cause = rootCause(exception);
        return new RunNotes.Failure("PIPELINE_ERROR", stepName, cause.getClass().getSimpleName() + ": " + cause.getMessage(), true);
    }

    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
