package io.remo.pipeline.batch;

/** What the step listener leaves for the job listener (kept as the job's transient user data). */
final class RunNotes {

    /** A step's failure as the phone will see it. */
    record Failure(String code, String step, String message, boolean retryable) {
    }

    volatile String currentStep;
    volatile Failure failure;
}
