package io.remo.pipeline.engine.djl;

import io.remo.pipeline.engine.JobControl;

/**
 * The engine's steps as the job sees them: entering a step checks for cancellation, reports progress, and names
 * the step a failure will be reported in.
 */
final class JobProgress {

    private final JobControl control;
    private volatile String step = "admission";

    JobProgress(JobControl control) {
        this.control = control;
    }

    void enter(String step, double fraction) {
        control.checkCancelled();
        this.step = step;
        control.progress(fraction, step);
    }

    String step() {
        return step;
    }

    JobControl control() {
        return control;
    }
}
