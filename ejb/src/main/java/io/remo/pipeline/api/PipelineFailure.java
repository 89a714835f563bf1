package io.remo.pipeline.api;

/**
 * A failure a step reports with a stable code. Retryable ones (the object store did not answer, say) are declared
 * as such in the job XML; the rest end the job, and the phone is told whether trying again can help.
 */
public class PipelineFailure extends RuntimeException {

    private final String code;

    public PipelineFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    public PipelineFailure(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A transient failure: the step may be retried as it is. */
    public static class Transient extends PipelineFailure {
        public Transient(String code, String message, Throwable cause) {
            super(code, message, cause);
        }
    }
}
