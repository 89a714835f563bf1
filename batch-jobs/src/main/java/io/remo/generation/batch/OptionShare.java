package io.remo.generation.batch;

import io.remo.pipeline.engine.JobControl;

/**
 * Two partitions render at once: each reports half of the step's range, so the job's progress is their sum and still
 * only moves forward.
 */
final class OptionShare implements JobControl {

    private final JobControl step;
    private final double[] shares;
    private final int optionIndex;

    OptionShare(JobControl step, double[] shares, int optionIndex) {
        this.step = step;
        this.shares = shares;
        this.optionIndex = optionIndex;
    }

    @Override
    public void progress(double fraction, String message) {
        double total;
        synchronized (shares) {
            shares[optionIndex] = Math.max(shares[optionIndex], fraction);
            total = (shares[0] + shares[1]) / 2;
        }
        step.progress(total, message);
    }

    @Override
    public boolean cancelled() {
        return step.cancelled();
    }
}
