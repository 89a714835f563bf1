package io.remo.pipeline.engine.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.GenerationInstructions;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.natives.api.CudaDevices;
import io.remo.pipeline.engine.EditRequest;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RedesignEngine;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The diffusion engine: SD 1.5 with depth and edges ControlNets for options, the inpainting UNet for revisions, and
 * depth, segmentation and room-type networks for analysis, all TorchScript modules of a verified {@link ModelStore}
 * run by DJL's PyTorch engine on one CUDA device when the node has one (found through {@link CudaDevices}), on the
 * CPU otherwise.
 *
 * <p>One instance loads the models once and serves concurrent jobs through a {@link GpuAdmission}. Each job works in
 * its own NDManager, closed when the job ends however it ends; a failure of the inference engine (out of memory, a
 * CUDA error) fails only that job, as an {@link EngineFailureException} naming the step, after its memory was freed.
 * Call {@link #warmUp()} before reporting ready, and {@link #close()} on shutdown.
 */
public final class DjlEngine implements RedesignEngine, AutoCloseable {

    public static final String ID = "djl-sd15-controlnet/1";

    private static final Logger LOG = Logger.getLogger(DjlEngine.class.getName());
    /** Two steps: TorchScript's profiling executor specialises a graph on its second run for a shape. */
    private static final int WARM_UP_STEPS = 2;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final DjlEngineSettings settings;
    private final Device device;
    private final PromptTokenizer tokenizer;
    private final TorchModels torchModels;
    private final DiffusionPipeline pipeline;
    private final RoomAnalyzer analyzer;
    private final GpuAdmission admission;
    private final ModelManifest manifest;
    private final String manifestSha256;

    /** Verifies the store, loads every model on this node's device and sizes the admission from what is left. */
    public static DjlEngine open(DjlEngineSettings settings) {
        return new DjlEngine(settings, CudaDevices.probe(), UnaryOperator.identity());
    }

    /** @param instrumentation wraps the model runner (tests inject failures with it) */
    DjlEngine(DjlEngineSettings settings, CudaDevices.Probe cuda, UnaryOperator<ModelRunner> instrumentation) {
        this.settings = settings;
        this.device = chooseDevice(cuda, settings.gpuIndex());
        ModelStore store = ModelStore.open(settings.store());
        this.manifest = store.manifest();
        this.manifestSha256 = store.manifestSha256();
        this.tokenizer = PromptTokenizer.load(store.tokenizer(), store.manifest().tokenizer());
        TorchModels loaded = null;
        try {
            loaded = TorchModels.load(store, device);
            // Sized after loading: what the models left free is what jobs share.
            this.admission = device.isGpu()
                    ? GpuAdmission.forMemory(CudaDevices.memoryOf(device.getDeviceId()).freeBytes(),
                            settings.bytesPerJob(), settings.maxConcurrentJobs())
                    : GpuAdmission.ofSlots(settings.cpuConcurrentJobs());
        } catch (RuntimeException e) {
            if (loaded != null) {
                loaded.close();
            }
            tokenizer.close();
            throw e;
        }
        this.torchModels = loaded;
        ModelRunner models = instrumentation.apply(torchModels);
        this.pipeline = new DiffusionPipeline(models, tokenizer, store.manifest().vaeScaling());
        this.analyzer = new RoomAnalyzer(models);
        LOG.info(() -> ID + ": models of '" + store.manifest().name() + "' loaded on " + device + ", "
                + admission.size() + " concurrent job(s)");
    }

    static Device chooseDevice(CudaDevices.Probe cuda, int gpuIndex) {
        if (!cuda.available()) {
            int torchGpus = Engine.getEngine(TorchModels.ENGINE).getGpuCount();
            if (torchGpus > 0) {
                // The probe needs the CUDA runtime of the JavaCPP presets, libtorch brings its own: say which.
                LOG.warning(() -> "PyTorch sees " + torchGpus + " GPU(s) but the CUDA probe found none ("
                        + cuda.reason() + "): running on the CPU");
            }
            return Device.cpu();
        }
        if (gpuIndex >= cuda.gpus().size()) {
            throw new IllegalStateException("GPU " + gpuIndex + " asked for, the node has " + cuda.gpus().size());
        }
        int torchGpus = Engine.getEngine(TorchModels.ENGINE).getGpuCount();
        if (gpuIndex >= torchGpus) {
            throw new IllegalStateException("CUDA finds " + cuda.gpus().size() + " GPU(s) but the PyTorch engine "
                    + "sees " + torchGpus + ", so GPU " + gpuIndex + " cannot be used: a GPU node needs the CUDA "
                    + "build of libtorch " + Engine.getEngine(TorchModels.ENGINE).getVersion()
                    + " for CUDA 12.8 (PYTORCH_LIBRARY_PATH, as docker/Dockerfile.gpu sets it), the CPU build "
                    + "(pytorch-native-cpu) sees no GPU");
        }
        return Device.gpu(gpuIndex);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Where the models run, e.g. "gpu(0)" or "cpu()". */
    public String device() {
        return device.toString();
    }

    /** The loaded store's name, as its manifest gives it. */
    public String storeName() {
        return manifest.name();
    }

    /** SHA-256 of the loaded store's manifest, which pins every file of the store. */
    public String storeSha256() {
        return manifestSha256;
    }

    /** How many jobs compute on the device at once. */
    public int concurrentJobs() {
        return admission.size();
    }

    GpuAdmission admission() {
        return admission;
    }

    @Override
    public RoomAnalysis analyze(RgbImage photo, JobControl control) {
        return admitted(control, progress -> {
            try (NDManager job = newJob()) {
                return analyzer.analyze(job, photo, progress);
            }
        });
    }

    @Override
    public RenderedOption generate(GenerationRequest request, JobControl control) {
        RoomAnalysis analysis = Objects.requireNonNull(request.analysis(), "generation needs the photo's analysis");
        GenerationInstructions instructions = request.instructions();
        RgbImage photo = request.photo();
        RenderSize size = RenderSize.forOutput(photo.width(), photo.height(), request.outputLongSide());
        return admitted(control, progress -> {
            long started = System.nanoTime();
            try (NDManager job = newJob()) {
                RgbImage image = pipeline.generate(job, photo, controls(analysis),
                        new DiffusionPipeline.Prompt(instructions.prompt(), instructions.negativePrompt()),
                        request.seed(), size, sampling(settings.steps()), settings.strength(), progress);
                return new RenderedOption(image, ID, describe(instructions.prompt(), instructions.negativePrompt()),
                        request.seed(), (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    @Override
    public RgbImage edit(EditRequest request, JobControl control) {
        RgbImage base = request.base();
        GrayImage mask = request.mask();
        if (mask.width() != base.width() || mask.height() != base.height()) {
            throw new IllegalArgumentException("mask " + mask.width() + "x" + mask.height() + " on an image of "
                    + base.width() + "x" + base.height());
        }
        EditInstructions instructions = request.instructions();
        MovedRegion region = MovedRegion.of(base, mask, request.scale(), request.offsetX(), request.offsetY());
        RenderSize size = RenderSize.sameSize(base.width(), base.height(), settings.maxEditLongSide());
        return admitted(control, progress -> {
            try (NDManager job = newJob()) {
                return pipeline.inpaint(job, region.image(), region.mask(),
                        new DiffusionPipeline.Prompt(instructions.prompt(), instructions.negativePrompt()),
                        request.seed(), size, sampling(settings.steps()),
                        region.moved() ? settings.moveStrength() : 1, progress);
            }
        });
    }

    /**
     * Runs every network once per configured size, two denoising steps each, so that the first real job of each
     * shape does not pay for graph optimisation and allocator growth. Call once, before reporting ready.
     */
    public void warmUp() {
        for (DjlEngineSettings.Size size : settings.warmUpSizes()) {
            long started = System.nanoTime();
            RgbImage photo = gradient(size.width(), size.height());
            RoomAnalysis analysis = analyze(photo, JobControl.NONE);
            DiffusionPipeline.Prompt prompt = new DiffusionPipeline.Prompt("a room", "");
            RenderSize render = RenderSize.forOutput(size.width(), size.height(),
                    Math.max(size.width(), size.height()));
            RgbImage option = admitted(JobControl.NONE, progress -> {
                try (NDManager job = newJob()) {
                    return pipeline.generate(job, photo, controls(analysis), prompt, 0, render,
                            sampling(WARM_UP_STEPS), 1, progress);
                }
            });
            RenderSize edit = RenderSize.sameSize(option.width(), option.height(), settings.maxEditLongSide());
            // Any mask of the option's size will do: the depth map's near half.
            admitted(JobControl.NONE, progress -> {
                try (NDManager job = newJob()) {
                    return pipeline.inpaint(job, option, analysis.depth(), prompt, 0, edit,
                            sampling(WARM_UP_STEPS), 1, progress);
                }
            });
            LOG.info(() -> ID + ": warmed up for " + size.width() + "x" + size.height() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    /**
     * Frees the models once no job computes with them: freeing a TorchScript module while another thread runs it
     * would crash the process, so after {@link #CLOSE_WAIT} with jobs still computing they are left to the process's
     * end instead.
     */
    @Override
    public void close() {
        if (!admission.drain(CLOSE_WAIT)) {
            LOG.warning(() -> ID + ": jobs still computing after " + CLOSE_WAIT + ", models left loaded");
            return;
        }
        torchModels.close();
        tokenizer.close();
    }

    @SuppressWarnings("try") // the ticket holds the slot for the work's duration
    private <T> T admitted(JobControl control, Function<JobProgress, T> work) {
        JobProgress progress = new JobProgress(control);
        try (GpuAdmission.Ticket ticket = admission.admit(control)) {
            // Autograd would keep every activation; PyTorch's grad mode is per thread, and this is a batch thread.
            JniUtils.setGradMode(false);
            return work.apply(progress);
        } catch (EngineException | ModelStoreException e) {
            // The job's NDManager is closed by now; give PyTorch's cached blocks back so the next job has them.
            if (device.isGpu()) {
                try {
                    JniUtils.emptyCudaCache();
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new EngineFailureException(EngineFailureException.classify(e), progress.step(), e);
        }
    }

    private NDManager newJob() {
        return NDManager.newBaseManager(device, TorchModels.ENGINE);
    }

    private DiffusionPipeline.Sampling sampling(int steps) {
        return new DiffusionPipeline.Sampling(settings.sampler(), steps, settings.guidanceScale());
    }

    private List<DiffusionPipeline.Control> controls(RoomAnalysis analysis) {
        return List.of(new DiffusionPipeline.Control(ModelRole.CONTROLNET_DEPTH, analysis.depth(),
                        settings.depthScale()),
                new DiffusionPipeline.Control(ModelRole.CONTROLNET_EDGES, analysis.edges(), settings.edgesScale()));
    }

    private static String describe(String prompt, String negativePrompt) {
        String positive = prompt == null ? "" : prompt;
        return negativePrompt == null || negativePrompt.isBlank() ? positive
                : positive + "\nNegative prompt: " + negativePrompt;
    }

    /** A smooth test card for the warm-up: what it shows does not matter, only its size. */
    private static RgbImage gradient(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 3;
                pixels[i] = (byte) (255 * x / Math.max(1, width - 1));
                pixels[i + 1] = (byte) (255 * y / Math.max(1, height - 1));
                pixels[i + 2] = (byte) 128;
            }
        }
        return new RgbImage(width, height, pixels);
    }
}
