package io.remo.pipeline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Stable Diffusion 1.5 over DJL NDArrays, as diffusers' ControlNet img2img and inpainting pipelines compute it:
 * CLIP text embeddings (negative prompt first, for classifier-free guidance), VAE latents scaled by the store's
 * factor, a sampler's {@link DenoisingPlan}, ControlNet residuals summed with their conditioning scales, the
 * inpainting UNet's 9-channel input, and the VAE decoder back to pixels.
 *
 * <p>Every array lives in the caller's job manager; each denoising step runs in an {@link NDScope} that frees its
 * intermediates (UNet and ControlNet outputs) when the step ends, so memory stays flat over the steps.
 */
final class DiffusionPipeline {

    /** What a run conditions on: the prompt and the negative prompt (null counts as empty). */
    record Prompt(String positive, String negative) {
    }

    /** How a run samples; guidance above 1 runs the unconditional and conditional halves in one batch of two. */
    record Sampling(Sampler sampler, int steps, double guidanceScale) {

        boolean guided() {
            return guidanceScale > 1;
        }
    }

    /** ControlNet conditioning: which ControlNet, its conditioning image and its scale. */
    record Control(ModelRole controlNet, GrayImage map, double scale) {
    }

    /** A ControlNet in use: its conditioning image as the ControlNet takes it, and its scale. */
    private record Conditioning(ModelRole controlNet, NDArray image, float scale) {
    }

    /** Predicts the noise of a batch of (scaled) latents at a timestep. */
    @FunctionalInterface
    private interface NoisePredictor {
        NDArray predict(NDArray latents, NDArray timesteps);
    }

    private static final double DENOISING_START = 0.1;
    private static final double DENOISING_END = 0.95;

    private final ModelRunner models;
    private final PromptTokenizer tokenizer;
    private final float vaeScaling;

    DiffusionPipeline(ModelRunner models, PromptTokenizer tokenizer, double vaeScaling) {
        this.models = models;
        this.tokenizer = tokenizer;
        this.vaeScaling = (float) vaeScaling;
    }

    /** img2img from the photo at {@code strength}, steered by the ControlNets with a non-zero scale. */
    RgbImage generate(NDManager job, RgbImage photo, List<Control> controls, Prompt prompt, long seed,
                      RenderSize size, Sampling sampling, double strength, JobProgress progress) {
        progress.enter("text-encoder", 0);
        NDArray text = encodePrompt(job, prompt, sampling.guided());
        long batch = text.getShape().get(0);

        progress.enter("vae-encoder", 0.05);
        NDArray image = ImageTensors.resize(ImageTensors.rgb(job, photo), size.modelWidth(), size.modelHeight(), false);
        NDArray imageLatents = encode(image.mul(2f).sub(1f));
        List<Conditioning> conditionings = new ArrayList<>();
        for (Control control : controls) {
            if (control.scale() != 0) {
                // The map on three channels in [0, 1], once per half of the guidance batch.
                conditionings.add(new Conditioning(control.controlNet(), ImageTensors.resize(
                        ImageTensors.gray(job, control.map()), size.modelWidth(), size.modelHeight(), false)
                        .repeat(1, 3).repeat(0, batch), (float) control.scale()));
            }
        }

        DenoisingPlan plan = sampling.sampler().plan(sampling.steps(), strength);
        NDArray noise = SeededNoise.gaussian(job, seed, imageLatents.getShape());
        NDArray start = imageLatents.mul((float) plan.startSignal()).add(noise.mul((float) plan.startNoise()));
        NDArray latents = denoise(start, plan, sampling, progress, (input, timesteps) -> {
            NDList unetInputs = new NDList(input, timesteps, text);
            unetInputs.addAll(residuals(input, timesteps, text, conditionings));
            return models.run(ModelRole.UNET, unetInputs).singletonOrThrow();
        });
        progress.enter("vae-decoder", DENOISING_END);
        return decode(latents, size);
    }

    /**
     * Repaints where {@code mask} is at least half on (diffusers binarizes the same way) with the inpainting UNet,
     * from pure noise at strength 1, otherwise from the noised image.
     */
    RgbImage inpaint(NDManager job, RgbImage base, GrayImage mask, Prompt prompt, long seed, RenderSize size,
                     Sampling sampling, double strength, JobProgress progress) {
        progress.enter("text-encoder", 0);
        NDArray text = encodePrompt(job, prompt, sampling.guided());
        long batch = text.getShape().get(0);

        progress.enter("vae-encoder", 0.05);
        NDArray image = ImageTensors.resize(ImageTensors.rgb(job, base), size.modelWidth(), size.modelHeight(), false)
                .mul(2f).sub(1f);
        NDArray repaint = ImageTensors.resize(ImageTensors.gray(job, mask), size.modelWidth(), size.modelHeight(),
                false).gte(0.5f).toType(DataType.FLOAT32, false);
        NDArray maskedImageLatents = encode(image.mul(repaint.neg().add(1f)));
        NDArray latentMask = ImageTensors.resize(repaint, size.modelWidth() / 8, size.modelHeight() / 8, true);
        NDArray extraChannels = NDArrays.concat(new NDList(latentMask, maskedImageLatents), 1).repeat(0, batch);

        DenoisingPlan plan = sampling.sampler().plan(sampling.steps(), strength);
        NDArray noise = SeededNoise.gaussian(job, seed, maskedImageLatents.getShape());
        NDArray start = strength >= 1 ? noise.mul((float) plan.initNoiseSigma())
                : encode(image).mul((float) plan.startSignal()).add(noise.mul((float) plan.startNoise()));
        NDArray latents = denoise(start, plan, sampling, progress, (input, timesteps) -> models.run(
                ModelRole.UNET_INPAINT, new NDList(NDArrays.concat(new NDList(input, extraChannels), 1), timesteps,
                        text)).singletonOrThrow());
        progress.enter("vae-decoder", DENOISING_END);
        return decode(latents, size);
    }

    /** [2, 77, 768] (negative, then positive) when guided, else [1, 77, 768]. */
    private NDArray encodePrompt(NDManager job, Prompt prompt, boolean guided) {
        long[] positive = tokenizer.ids(prompt.positive());
        long[] ids = positive;
        if (guided) {
            long[] negative = tokenizer.ids(prompt.negative());
            ids = new long[2 * positive.length];
            System.arraycopy(negative, 0, ids, 0, negative.length);
            System.arraycopy(positive, 0, ids, negative.length, positive.length);
        }
        NDArray tokens = job.create(ids, new Shape(guided ? 2 : 1, positive.length));
        return models.run(ModelRole.TEXT_ENCODER, new NDList(tokens)).singletonOrThrow();
    }

    /** Latents of an image in [-1, 1]: the encoder's mean, scaled. */
    private NDArray encode(NDArray image) {
        return models.run(ModelRole.VAE_ENCODER, new NDList(image)).singletonOrThrow().mul(vaeScaling);
    }

    private RgbImage decode(NDArray latents, RenderSize size) {
        NDArray image = models.run(ModelRole.VAE_DECODER, new NDList(latents.div(vaeScaling))).singletonOrThrow()
                .div(2f).add(0.5f);
        return ImageTensors.toRgb(ImageTensors.resize(image, size.outputWidth(), size.outputHeight(), false));
    }

    private NDArray denoise(NDArray start, DenoisingPlan plan, Sampling sampling, JobProgress progress,
                            NoisePredictor predictor) {
        NDArray latents = start;
        List<DenoisingPlan.Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            progress.enter("denoising " + (i + 1) + "/" + steps.size(),
                    DENOISING_START + (DENOISING_END - DENOISING_START) * i / steps.size());
            DenoisingPlan.Step step = steps.get(i);
            NDArray next;
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray input = latents.mul((float) step.inputScale());
                if (sampling.guided()) {
                    input = NDArrays.concat(new NDList(input, input));
                }
                NDArray timesteps = input.getManager().full(new Shape(input.getShape().get(0)), (float) step.timestep());
                NDArray noise = predictor.predict(input, timesteps);
                if (sampling.guided()) {
                    NDList halves = noise.split(2);
                    NDArray unconditional = halves.get(0);
                    noise = unconditional.add(halves.get(1).sub(unconditional).mul((float) sampling.guidanceScale()));
                }
                next = latents.mul((float) step.latentScale()).add(noise.mul((float) step.noiseScale()));
                NDScope.unregister(next);
            }
            latents.close();
            latents = next;
        }
        return latents;
    }

    /** The ControlNets' residuals, each scaled by its conditioning scale and summed (diffusers' MultiControlNet). */
    private NDList residuals(NDArray input, NDArray timesteps, NDArray text, List<Conditioning> conditionings) {
        if (conditionings.isEmpty()) {
            return zeroResiduals(input);
        }
        NDList sum = null;
        for (Conditioning conditioning : conditionings) {
            NDList residuals = models.run(conditioning.controlNet(),
                    new NDList(input, timesteps, text, conditioning.image()));
            NDList scaled = new NDList(residuals.size());
            for (int i = 0; i < residuals.size(); i++) {
                NDArray term = residuals.get(i).mul(conditioning.scale());
                scaled.add(sum == null ? term : sum.get(i).add(term));
            }
            sum = scaled;
        }
        return sum;
    }

    /** Residuals of a UNet without ControlNet: zeros of SD 1.5's skip-connection shapes. */
    private static NDList zeroResiduals(NDArray input) {
        Shape latent = input.getShape();
        List<int[]> levels = new ArrayList<>(List.of(ModelRole.Sd15.DOWN_RESIDUALS));
        levels.add(ModelRole.Sd15.MID_RESIDUAL);
        NDList zeros = new NDList(levels.size());
        for (int[] level : levels) {
            long factor = level[1] / 8; // of the latents, which are 1/8 of the image
            zeros.add(input.getManager().zeros(new Shape(latent.get(0), level[0], latent.get(2) / factor,
                    latent.get(3) / factor)));
        }
        return zeros;
    }
}
