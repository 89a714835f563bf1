package io.remo.pipeline.batch;

import io.remo.pipeline.api.PipelineRuns;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Tells the project how its job ended: completed, failed (with code and step) or stopped. Every Remo job has it. */
@Dependent
@Named("runJobReporter")
public class RunJobReporter implements JobListener {

    @Inject
    JobContext job;

    @EJB(lookup = PipelineRuns.JNDI_NAME)
    PipelineRuns runs;

    @Inject
    Event<RunEnded> ended;

    @Inject
    RunComputeTime computeTime;

    @Inject
    ProgressSender progress;

    /** Fired when a run's job ended, however: whoever kept something for the run lets go of it. */
    public record RunEnded(UUID runId) {
    }

    @Override
    public void beforeJob() {
        job.setTransientUserData(new RunNotes());
        runs.running(runId(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        RunNotes notes = notes(job);
        long computeMillis = computeTime.takeMillis(runId());
        progress.flush(runId());
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            runs.stopped(runId(), notes.currentStep);
        } else if (status == BatchStatus.FAILED || notes.failure != null) {
            RunNotes.Failure failure = notes.failure != null ? notes.failure
                    : new RunNotes.Failure("PIPELINE_ERROR", notes.currentStep, "the job failed", true);
            runs.failed(runId(), failure.code(), failure.step(), failure.message(), failure.retryable());
        } else {
            runs.completed(runId(), computeMillis);
        }
        ended.fire(new RunEnded(runId()));
    }

    static RunNotes notes(JobContext job) {
        if (job.getTransientUserData() instanceof RunNotes notes) {
            return notes;
        }
        RunNotes notes = new RunNotes();
        job.setTransientUserData(notes);
        return notes;
    }

    private UUID runId() {
        return UUID.fromString(job.getProperties().getProperty(PipelineRuns.RUN_ID));
    }
}
