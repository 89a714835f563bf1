package io.remo.pipeline.engine;

/** Thrown by an engine that saw the job's stop request; the job ends STOPPED, not FAILED. */
public class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("job cancelled");
    }
}
