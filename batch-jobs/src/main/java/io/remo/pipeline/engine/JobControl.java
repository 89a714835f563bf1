package io.remo.pipeline.engine;

/**
 * The engine's line back to its job: progress within the current step (0 .. 1), and cancellation, which the engine
 * checks between its own steps (denoising steps, for diffusion).
 */
public interface JobControl {

    void progress(double fraction, String message);

    boolean cancelled();

    default void checkCancelled() {
        if (cancelled()) {
            throw new JobCancelledException();
        }
    }

    JobControl NONE = new JobControl() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
