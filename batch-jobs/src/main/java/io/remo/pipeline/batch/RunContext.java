package io.remo.pipeline.batch;

import io.remo.pipeline.api.PipelineRuns;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * A batch artifact's view of its pipeline run: which project and run it works for, and a {@link StepControl} that
 * maps the engine's progress within the step onto the job's single 0–100 (each step declares its range as the
 * step properties {@code progressFrom} and {@code progressTo}) and sees a stop request.
 */
@Dependent
public class RunContext {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ProgressSender progress;

    public UUID runId() {
        return UUID.fromString(jobProperty(PipelineRuns.RUN_ID));
    }

    public UUID projectId() {
        return UUID.fromString(jobProperty(PipelineRuns.PROJECT_ID));
    }

    public String jobProperty(String name) {
        String value = job.getProperties().getProperty(name);
        if (value == null) {
            throw new IllegalStateException("job property " + name + " is missing (job parameters not passed?)");
        }
        return value;
    }

    public long executionId() {
        return job.getExecutionId();
    }

    /** Whether this execution restarts an earlier one of the same run (after a crash or a stop). */
    public boolean restarted() {
        var operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() > 1;
    }

    public String stepName() {
        return step.getStepName();
    }

    /**
     * Whether a stop was requested: JobOperator.stop moves the execution to STOPPING at once. Asked of the runtime,
     * not of this context: a partition's context is a copy that does not see the change.
     */
    public boolean stopRequested() {
        BatchStatus status = jakarta.batch.runtime.BatchRuntime.getJobOperator().getJobExecution(job.getExecutionId())
                .getBatchStatus();
        return status == BatchStatus.STOPPING || status == BatchStatus.STOPPED;
    }

    public StepControl control() {
        return new StepControl(this, progress, stepRange(step, "progressFrom", 0), stepRange(step, "progressTo", 100));
    }

    /** Waits until the run's progress reports were sent: before the report that ends the run. */
    public void flushProgress() {
        progress.flush(runId());
    }

    private static int stepRange(StepContext step, String name, int fallback) {
        String value = step.getProperties().getProperty(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
