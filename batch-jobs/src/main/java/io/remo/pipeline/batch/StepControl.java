package io.remo.pipeline.batch;

import io.remo.pipeline.engine.JobControl;

/** The engine's {@link JobControl} inside one step: progress reported when the job's percentage moves. */
public class StepControl implements JobControl {

    private final RunContext run;
    private final ProgressSender progress;
    private final int from;
    private final int to;
    private int lastReported = -1;

    StepControl(RunContext run, ProgressSender progress, int from, int to) {
        this.run = run;
        this.progress = progress;
        this.from = from;
        this.to = to;
    }

    @Override
    public void progress(double fraction, String message) {
        FaultInjection.at(run.stepName()).ifPresent(this::hangUntilStopped);
        report(fraction, message);
    }

    /** An injected hang: the engine's work stands still until the job is stopped (then the engine sees it). */
    private void hangUntilStopped(FaultInjection.Kind kind) {
        if (kind == FaultInjection.Kind.FAIL || kind == FaultInjection.Kind.HANG_ONCE && run.restarted()) {
            return;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (!cancelled() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private synchronized void report(double fraction, String message) {
        int percent = from + (int) Math.round(Math.max(0, Math.min(1, fraction)) * (to - from));
        if (percent > lastReported) {
            lastReported = percent;
            progress.submit(run.runId(), run.stepName(), percent, message);
        }
    }

    @Override
    public boolean cancelled() {
        return run.stopRequested();
    }
}
