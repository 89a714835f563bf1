package io.remo.pipeline.batch;

import io.remo.pipeline.api.PipelineRuns;
import io.remo.pipeline.engine.JobControl;

/** The engine's {@link JobControl} inside one step: progress reported when the job's percentage moves. */
public class StepControl implements JobControl {

    private final RunContext run;
    private final PipelineRuns runs;
    private final int from;
    private final int to;
    private int lastReported = -1;

    StepControl(RunContext run, PipelineRuns runs, int from, int to) {
        this.run = run;
        this.runs = runs;
        this.from = from;
        this.to = to;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        int percent = from + (int) Math.round(Math.max(0, Math.min(1, fraction)) * (to - from));
        if (percent > lastReported) {
            lastReported = percent;
            runs.progress(run.runId(), run.stepName(), percent, message);
        }
    }

    @Override
    public boolean cancelled() {
        return run.stopRequested();
    }
}
