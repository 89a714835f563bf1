package io.remo.pipeline.api;

/**
 * A failure a step reports with a stable code. Retryable ones (the object store did not answer, say) are declared
 * as such in the job XML; the rest end the job, and the phone is told whether trying again can help.
 */
public class PipelineFailure extends RuntimeException {

    private final String code;
    private final boolean retryable;

    public PipelineFailure(String code, String message) {
        this(code, message, null, true);
    }

    public PipelineFailure(String code, String message, Throwable cause) {
        this(code, message, cause, true);
    }

    /** @param retryable whether the phone is told that starting the job again can help */
    public PipelineFailure(String code, String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    /** Whether starting the job again can help (false when an operator has to act first). */
    public boolean retryable() {
        return retryable;
    }

    /** A transient failure: the step may be retried as it is. */
    public static class Transient extends PipelineFailure {
        public Transient(String code, String message, Throwable cause) {
            super(code, message, cause);
        }
    }
}
