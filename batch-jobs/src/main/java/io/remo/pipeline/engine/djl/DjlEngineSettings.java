package io.remo.pipeline.engine.djl;

import java.util.List;

/**
 * Everything the DJL engine can be tuned by. The defaults are diffusers' for SD 1.5 ControlNet img2img (guidance
 * 7.5, strength 0.8) with 20 Euler steps.
 *
 * @param store             where the model store is
 * @param sampler           DDIM or Euler
 * @param steps             denoising steps of a full-strength run
 * @param guidanceScale     classifier-free guidance; 1 or less turns it off (half the UNet work)
 * @param strength          img2img strength of options: 1 starts from noise, lower keeps more of the photo
 * @param depthScale        conditioning scale of the depth ControlNet (0 skips it)
 * @param edgesScale        conditioning scale of the edges (canny) ControlNet (0 skips it)
 * @param moveStrength      inpainting strength of resize and reposition edits, which start from the moved content
 * @param maxEditLongSide   long side revisions are rendered at at most (the result has the base's size)
 * @param warmUpSizes       result sizes the warm-up renders once each, so that no job pays for a first shape
 * @param bytesPerJob       device memory one job needs at most, beside the loaded models
 * @param maxConcurrentJobs cap on jobs computing at once on a GPU
 * @param cpuConcurrentJobs jobs computing at once on the CPU
 * @param gpuIndex          which CUDA device this engine uses when the node has one
 */
public record DjlEngineSettings(ModelStoreSource store, Sampler sampler, int steps, double guidanceScale,
                                double strength, double depthScale, double edgesScale, double moveStrength,
                                int maxEditLongSide, List<Size> warmUpSizes, long bytesPerJob,
                                int maxConcurrentJobs, int cpuConcurrentJobs, int gpuIndex) {

    /** A result size in pixels. */
    public record Size(int width, int height) {

        public Size {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("size " + width + "x" + height);
            }
        }
    }

    public DjlEngineSettings {
        warmUpSizes = List.copyOf(warmUpSizes);
        Sampler.firstStep(steps, strength);
        Sampler.firstStep(steps, moveStrength);
        if (depthScale < 0 || edgesScale < 0) {
            throw new IllegalArgumentException("conditioning scales must not be negative");
        }
        if (maxEditLongSide < RenderSize.MULTIPLE) {
            throw new IllegalArgumentException("edit size " + maxEditLongSide + " is too small");
        }
        if (bytesPerJob <= 0 || maxConcurrentJobs < 1 || cpuConcurrentJobs < 1 || gpuIndex < 0) {
            throw new IllegalArgumentException("admission settings must be positive");
        }
    }

    public static Builder builder(ModelStoreSource store) {
        return new Builder(store);
    }

    /** The defaults, changed where set. */
    public static final class Builder {
        private final ModelStoreSource store;
        private Sampler sampler = Sampler.EULER;
        private int steps = 20;
        private double guidanceScale = 7.5;
        private double strength = 0.8;
        private double depthScale = 1.0;
        private double edgesScale = 0.5;
        private double moveStrength = 0.6;
        private int maxEditLongSide = 768;
        private List<Size> warmUpSizes = List.of(new Size(768, 576), new Size(576, 768));
        private long bytesPerJob = 6L << 30;
        private int maxConcurrentJobs = 2;
        private int cpuConcurrentJobs = 1;
        private int gpuIndex = 0;

        private Builder(ModelStoreSource store) {
            this.store = store;
        }

        public Builder sampler(Sampler value) {
            sampler = value;
            return this;
        }

        public Builder steps(int value) {
            steps = value;
            return this;
        }

        public Builder guidanceScale(double value) {
            guidanceScale = value;
            return this;
        }

        public Builder strength(double value) {
            strength = value;
            return this;
        }

        public Builder controlScales(double depth, double edges) {
            depthScale = depth;
            edgesScale = edges;
            return this;
        }

        public Builder moveStrength(double value) {
            moveStrength = value;
            return this;
        }

        public Builder maxEditLongSide(int value) {
            maxEditLongSide = value;
            return this;
        }

        public Builder warmUpSizes(List<Size> value) {
            warmUpSizes = value;
            return this;
        }

        public Builder bytesPerJob(long value) {
            bytesPerJob = value;
            return this;
        }

        public Builder maxConcurrentJobs(int value) {
            maxConcurrentJobs = value;
            return this;
        }

        public Builder cpuConcurrentJobs(int value) {
            cpuConcurrentJobs = value;
            return this;
        }

        public Builder gpuIndex(int value) {
            gpuIndex = value;
            return this;
        }

        public DjlEngineSettings build() {
            return new DjlEngineSettings(store, sampler, steps, guidanceScale, strength, depthScale, edgesScale,
                    moveStrength, maxEditLongSide, warmUpSizes, bytesPerJob, maxConcurrentJobs,
                    cpuConcurrentJobs, gpuIndex);
        }
    }
}
