package io.remo.pipeline.engine.djl;

/**
 * The noise schedule SD 1.5 was trained with: 1000 steps, "scaled linear" betas (linear in sqrt(beta) from
 * sqrt(0.00085) to sqrt(0.012), squared), alpha_bar(t) = prod_{s <= t} (1 - beta_s). Computed in double precision.
 */
final class TrainingSchedule {

    static final int TRAIN_STEPS = 1000;
    static final double BETA_START = 0.00085;
    static final double BETA_END = 0.012;

    static final TrainingSchedule SD15 = new TrainingSchedule();

    private final double[] alphasCumprod = new double[TRAIN_STEPS];
    private final double[] sigmas = new double[TRAIN_STEPS];

    private TrainingSchedule() {
        double from = Math.sqrt(BETA_START);
        double step = (Math.sqrt(BETA_END) - from) / (TRAIN_STEPS - 1);
        double product = 1;
        for (int t = 0; t < TRAIN_STEPS; t++) {
            double root = t == TRAIN_STEPS - 1 ? Math.sqrt(BETA_END) : from + t * step;
            product *= 1 - root * root;
            alphasCumprod[t] = product;
            sigmas[t] = Math.sqrt((1 - product) / product);
        }
    }

    double alphaCumprod(int t) {
        return alphasCumprod[t];
    }

    /** sigma(t) = sqrt((1 - alpha_bar) / alpha_bar), linearly interpolated between integer timesteps. */
    double sigma(double t) {
        int low = (int) Math.floor(t);
        if (low >= TRAIN_STEPS - 1) {
            return sigmas[TRAIN_STEPS - 1];
        }
        double weight = t - low;
        return sigmas[low] + weight * (sigmas[low + 1] - sigmas[low]);
    }
}
