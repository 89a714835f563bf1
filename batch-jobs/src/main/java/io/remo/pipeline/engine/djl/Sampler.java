package io.remo.pipeline.engine.djl;

import java.util.ArrayList;
import java.util.List;

/**
 * The samplers, with the timestep spacings of diffusers' defaults for SD 1.5 (steps_offset 1, set_alpha_to_one
 * false, epsilon prediction). img2img strength s runs the last floor(N * s) of N steps, as diffusers'
 * {@code get_timesteps} does.
 */
public enum Sampler {

    /**
     * DDIM with eta 0 and "leading" spacing: t_i = (N - 1 - i) * (1000 / N) + 1. With a_t = alpha_bar(t) and a_p =
     * alpha_bar(t - 1000 / N) (alpha_bar(0) past the start): x0 = (x - sqrt(1 - a_t) eps) / sqrt(a_t) and
     * x' = sqrt(a_p) x0 + sqrt(1 - a_p) eps, that is x' = sqrt(a_p / a_t) x + (sqrt(1 - a_p) - sqrt(a_p (1 - a_t) /
     * a_t)) eps.
     */
    DDIM {
        @Override
        DenoisingPlan plan(int steps, double strength) {
            int first = firstStep(steps, strength);
            int ratio = TrainingSchedule.TRAIN_STEPS / steps;
            List<DenoisingPlan.Step> plan = new ArrayList<>();
            for (int i = first; i < steps; i++) {
                int t = (steps - 1 - i) * ratio + 1;
                int previous = t - ratio;
                double alpha = SCHEDULE.alphaCumprod(t);
                double alphaPrevious = SCHEDULE.alphaCumprod(Math.max(previous, 0));
                plan.add(new DenoisingPlan.Step(t, 1, Math.sqrt(alphaPrevious / alpha),
                        Math.sqrt(1 - alphaPrevious) - Math.sqrt(alphaPrevious * (1 - alpha) / alpha)));
            }
            double alphaStart = SCHEDULE.alphaCumprod((int) plan.get(0).timestep());
            return new DenoisingPlan(plan, Math.sqrt(alphaStart), Math.sqrt(1 - alphaStart), 1);
        }
    },

    /**
     * Euler (discrete, no churn) with "linspace" spacing: t_i = 999 (N - 1 - i) / (N - 1), sigma_i = sigma(t_i),
     * sigma_N = 0. The UNet sees x / sqrt(sigma_i^2 + 1); x' = x + (sigma_{i+1} - sigma_i) eps. Noise starts at
     * sigma_0 (diffusers' init_noise_sigma for linspace spacing).
     */
    EULER {
        @Override
        DenoisingPlan plan(int steps, double strength) {
            int first = firstStep(steps, strength);
            double[] timesteps = new double[steps];
            double[] sigmas = new double[steps + 1];
            for (int i = 0; i < steps; i++) {
                // numpy.linspace(0, 999, N) reversed: k * (999 / (N - 1)), its last value exactly 999.
                int k = steps - 1 - i;
                timesteps[i] = k == steps - 1 && steps > 1 ? TrainingSchedule.TRAIN_STEPS - 1
                        : k * ((TrainingSchedule.TRAIN_STEPS - 1.0) / Math.max(steps - 1, 1));
                sigmas[i] = SCHEDULE.sigma(timesteps[i]);
            }
            List<DenoisingPlan.Step> plan = new ArrayList<>();
            for (int i = first; i < steps; i++) {
                plan.add(new DenoisingPlan.Step(timesteps[i], 1 / Math.sqrt(sigmas[i] * sigmas[i] + 1), 1,
                        sigmas[i + 1] - sigmas[i]));
            }
            return new DenoisingPlan(plan, 1, sigmas[first], sigmas[0]);
        }
    };

    private static final TrainingSchedule SCHEDULE = TrainingSchedule.SD15;

    /** The plan for {@code steps} inference steps at img2img {@code strength} (1: from pure noise). */
    abstract DenoisingPlan plan(int steps, double strength);

    static int firstStep(int steps, double strength) {
        if (steps < 1 || steps > TrainingSchedule.TRAIN_STEPS) {
            throw new IllegalArgumentException("steps must be 1 .. 1000, is " + steps);
        }
        if (!(strength > 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be in (0, 1], is " + strength);
        }
        int run = Math.min((int) (steps * strength), steps);
        if (run < 1) {
            throw new IllegalArgumentException("strength " + strength + " of " + steps + " steps runs no step");
        }
        return steps - run;
    }
}
