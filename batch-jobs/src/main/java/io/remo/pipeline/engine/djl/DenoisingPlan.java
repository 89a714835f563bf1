package io.remo.pipeline.engine.djl;

import java.util.List;

/**
 * The denoising steps a sampler takes, reduced to numbers: both DDIM (eta 0) and Euler (no churn) update the latents
 * linearly in the latents and the predicted noise.
 *
 * @param steps          the steps actually run (an img2img strength below 1 skips the first ones)
 * @param startSignal    img2img start: latents = startSignal * x0 + startNoise * noise (add_noise at the first step)
 * @param startNoise     see {@code startSignal}
 * @param initNoiseSigma pure-noise start (inpainting at strength 1): latents = initNoiseSigma * noise
 */
record DenoisingPlan(List<Step> steps, double startSignal, double startNoise, double initNoiseSigma) {

    /**
     * @param timestep    what the UNet is told (fractional for Euler)
     * @param inputScale  latents are multiplied by it before the UNet sees them (scale_model_input)
     * @param latentScale next latents = latentScale * latents + noiseScale * predicted noise
     * @param noiseScale  see {@code latentScale}
     */
    record Step(double timestep, double inputScale, double latentScale, double noiseScale) {
    }

    DenoisingPlan {
        steps = List.copyOf(steps);
    }
}
