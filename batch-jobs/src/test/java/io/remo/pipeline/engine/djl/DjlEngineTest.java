package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.GenerationInstructions;
import io.remo.brief.api.Vocabulary;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.natives.api.CudaDevices;
import io.remo.pipeline.engine.EditRequest;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.testing.SyntheticRoom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The whole engine on the CPU with the tiny stand-ins: analysis, options, edits, cancellation, failures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DjlEngineTest {

    private static final CudaDevices.Probe NO_GPU = new CudaDevices.Probe(false, 0, 0, List.of(), "test");
    private static final int STEPS = 10;
    /** img2img at the default strength 0.8 runs the last 8 of 10 steps. */
    private static final int IMG2IMG_STEPS = 8;

    private final RgbImage photo = SyntheticRoom.rgb(256, 192, 7);
    private DjlEngine engine;
    private RoomAnalysis analysis;

    @BeforeAll
    void open() {
        TinyModelStore.useOneCpuThread();
        engine = DjlEngine.open(settings().build());
        analysis = engine.analyze(photo, JobControl.NONE);
    }

    @AfterAll
    void close() {
        engine.close();
    }

    static DjlEngineSettings.Builder settings() {
        return settings(TinyModelStore.source());
    }

    static DjlEngineSettings.Builder settings(ModelStoreSource store) {
        return DjlEngineSettings.builder(store).steps(STEPS)
                .warmUpSizes(List.of(new DjlEngineSettings.Size(192, 128)));
    }

    @Test
    void runsOnTheCpuWhenTheNodeHasNoGpu() {
        assertThat(engine.device()).isEqualTo("cpu()");
        assertThat(engine.id()).isEqualTo("djl-sd15-controlnet/1");
        assertThat(engine.admission().size()).isEqualTo(1);
    }

    @Test
    void analysesAtThePhotosResolution() {
        RecordingControl control = new RecordingControl();
        RoomAnalysis result = engine.analyze(photo, control);

        for (GrayImage map : List.of(result.depth(), result.edges(), result.segmentation())) {
            assertThat(map.width()).isEqualTo(256);
            assertThat(map.height()).isEqualTo(192);
        }
        // The stand-in depth network puts the bottom of a level photo nearest: brightest at the bottom.
        assertThat(rowMean(result.depth(), 190)).isGreaterThan(rowMean(result.depth(), 2) + 100);
        assertThat(levels(result.depth())).contains(0, 255);
        assertThat(levels(result.edges())).containsOnly(0, 255).contains(255);
        assertThat(levels(result.segmentation())).allMatch(code -> code <= 6);
        assertThat(Vocabulary.ROOM_TYPES).contains(result.roomType());
        assertThat(result.roomTypeConfidence()).isBetween(1.0 / 9, 1.0);
        assertThat(control.messages).containsSubsequence("depth", "segmentation", "room-type", "edges", "analysed");
        assertThat(control.fractions).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void rendersAnOptionOfTheAskedSizeTheSameForTheSameSeed() {
        RecordingControl control = new RecordingControl();
        RenderedOption first = engine.generate(request(42), control);
        RenderedOption second = engine.generate(request(42), JobControl.NONE);
        RenderedOption otherSeed = engine.generate(request(43), JobControl.NONE);

        assertThat(first.image().width()).isEqualTo(256);
        assertThat(first.image().height()).isEqualTo(192);
        assertThat(second.image().pixels()).isEqualTo(first.image().pixels());
        assertThat(otherSeed.image().pixels()).isNotEqualTo(first.image().pixels());
        assertThat(first.engineId()).isEqualTo(DjlEngine.ID);
        assertThat(first.seed()).isEqualTo(42);
        assertThat(first.prompt()).isEqualTo("a red room\nNegative prompt: blurry");
        List<String> denoising = control.messages.stream().filter(m -> m.startsWith("denoising")).toList();
        assertThat(denoising).hasSize(IMG2IMG_STEPS).startsWith("denoising 1/8").endsWith("denoising 8/8");
        assertThat(control.fractions).isSorted();
    }

    @Test
    void renderedOptionsAreImagesNotNoise() {
        RgbImage image = engine.generate(request(42), JobControl.NONE).image();
        // Neighbouring pixels of a denoised image are alike; of noise they are not.
        double neighbourDifference = 0;
        for (int i = 3; i < image.pixels().length; i++) {
            neighbourDifference += Math.abs((image.pixels()[i] & 0xFF) - (image.pixels()[i - 3] & 0xFF));
        }
        assertThat(neighbourDifference / image.pixels().length).isLessThan(20);
        assertThat(levels(image)).hasSizeGreaterThan(16);
    }

    @Test
    void stopsBetweenDenoisingStepsWhenCancelled() {
        RecordingControl control = new RecordingControl();
        control.cancelAfter = "denoising 3/8";

        assertThatThrownBy(() -> engine.generate(request(42), control)).isInstanceOf(JobCancelledException.class);
        assertThat(control.messages).contains("denoising 3/8").doesNotContain("denoising 4/8");
        assertThat(engine.admission().available()).isEqualTo(engine.admission().size());
    }

    @Test
    void editsInsideAMaskTheSameForTheSameSeed() {
        RgbImage base = engine.generate(request(42), JobControl.NONE).image();
        GrayImage mask = box(base.width(), base.height(), 64, 48, 160, 144);
        RecordingControl control = new RecordingControl();

        RgbImage edited = engine.edit(edit(base, mask, 5, 1, 0), control);
        RgbImage again = engine.edit(edit(base, mask, 5, 1, 0), JobControl.NONE);

        assertThat(edited.width()).isEqualTo(base.width());
        assertThat(edited.height()).isEqualTo(base.height());
        assertThat(again.pixels()).isEqualTo(edited.pixels());
        assertThat(edited.pixels()).isNotEqualTo(base.pixels());
        // Inpainting at strength 1 runs every step.
        assertThat(control.messages.stream().filter(m -> m.startsWith("denoising"))).hasSize(STEPS);
        // The stand-in inpainting UNet, like the real one, reproduces the image outside the mask.
        assertThat(meanDifference(edited, base, mask, false)).isLessThan(meanDifference(edited, base, mask, true));
    }

    @Test
    void aRepositionEditStartsFromTheMovedContent() {
        RgbImage base = engine.generate(request(42), JobControl.NONE).image();
        GrayImage mask = box(base.width(), base.height(), 32, 48, 96, 112);
        RecordingControl control = new RecordingControl();

        RgbImage moved = engine.edit(edit(base, mask, 5, 1, 0.25), control);

        assertThat(moved.pixels()).isNotEqualTo(engine.edit(edit(base, mask, 5, 1, 0), JobControl.NONE).pixels());
        assertThat(engine.edit(edit(base, mask, 5, 1, 0.25), JobControl.NONE).pixels()).isEqualTo(moved.pixels());
        // Move strength 0.6 of 10 steps.
        assertThat(control.messages.stream().filter(m -> m.startsWith("denoising"))).hasSize(6);
    }

    @Test
    void freesEveryModelOutputWhenTheJobEnds() {
        List<NDArray> outputs = Collections.synchronizedList(new ArrayList<>());
        try (DjlEngine recording = new DjlEngine(settings().build(), NO_GPU, runner -> (role, inputs) -> {
            NDList result = runner.run(role, inputs);
            outputs.addAll(result);
            return result;
        })) {
            recording.generate(request(42), JobControl.NONE);

            assertThat(outputs).hasSizeGreaterThan(IMG2IMG_STEPS * 27).allMatch(NDArray::isReleased);
        }
    }

    @Test
    void anOutOfMemoryErrorFailsOnlyThatJobWithItsStep() {
        AtomicInteger unetCalls = new AtomicInteger();
        List<NDArray> outputs = Collections.synchronizedList(new ArrayList<>());
        UnaryOperator<ModelRunner> failThirdUnetCall = runner -> (role, inputs) -> {
            if (role == ModelRole.UNET && unetCalls.incrementAndGet() == 3) {
                throw new EngineException("The following operation failed in the TorchScript interpreter.\n"
                        + "RuntimeError: CUDA out of memory. Tried to allocate 2.25 GiB (GPU 0; 79.19 GiB total "
                        + "capacity; 74.02 GiB already allocated)");
            }
            NDList result = runner.run(role, inputs);
            outputs.addAll(result);
            return result;
        };
        try (DjlEngine failing = new DjlEngine(settings().build(), NO_GPU, failThirdUnetCall)) {
            assertThatThrownBy(() -> failing.generate(request(42), JobControl.NONE))
                    .isInstanceOfSatisfying(EngineFailureException.class, failure -> {
                        assertThat(failure.reason()).isEqualTo(EngineFailureException.Code.GPU_OUT_OF_MEMORY);
                        assertThat(failure.step()).isEqualTo("denoising 3/8");
                        assertThat(failure.retryable()).isTrue();
                    });
            assertThat(outputs).isNotEmpty().allMatch(NDArray::isReleased);
            assertThat(failing.admission().available()).isEqualTo(failing.admission().size());

            RenderedOption next = failing.generate(request(42), JobControl.NONE);

            assertThat(next.image().pixels()).isEqualTo(engine.generate(request(42), JobControl.NONE).image().pixels());
        }
    }

    @Test
    void warmsUpEveryConfiguredSize() {
        AtomicInteger unetCalls = new AtomicInteger();
        List<String> shapes = Collections.synchronizedList(new ArrayList<>());
        try (DjlEngine warming = new DjlEngine(settings().build(), NO_GPU, runner -> (role, inputs) -> {
            if (role == ModelRole.UNET || role == ModelRole.UNET_INPAINT) {
                unetCalls.incrementAndGet();
                shapes.add(role.key() + " " + inputs.head().getShape());
            }
            return runner.run(role, inputs);
        })) {
            warming.warmUp();
        }
        // 192x128: two guided steps of each UNet at the rendering size's latents (1/8).
        assertThat(unetCalls).hasValue(4);
        assertThat(shapes).containsExactly("unet (2, 4, 16, 24)", "unet (2, 4, 16, 24)",
                "unet_inpaint (2, 9, 16, 24)", "unet_inpaint (2, 9, 16, 24)");
    }

    @Test
    void refusesATamperedStore(@TempDir Path temp) throws IOException {
        Path store = TinyModelStore.copyTo(temp);
        Files.write(store.resolve("unet_inpaint.pt"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> DjlEngine.open(DjlEngineSettings.builder(new LocalModelStoreSource(store)).build()))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("unet_inpaint: unet_inpaint.pt has SHA-256");
    }

    @Test
    void refusesAModuleThatBreaksItsDeclaredSignature(@TempDir Path temp) throws IOException {
        Path store = TinyModelStore.copyTo(temp);
        // The segmentation network (7 channels out) filed as the depth network (1 channel), with a matching hash.
        Files.copy(store.resolve("segmentation.pt"), store.resolve("depth.pt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String hash = ModelStore.sha256(store.resolve("depth.pt"));
        TinyModelStore.editManifest(store, manifest -> TinyModelStore.model(manifest, "depth")
                .addProperty("sha256", hash));

        try (DjlEngine broken = DjlEngine.open(settings(new LocalModelStoreSource(store)).build())) {
            assertThatThrownBy(() -> broken.analyze(photo, JobControl.NONE))
                    .isInstanceOfSatisfying(EngineFailureException.class, failure -> {
                        assertThat(failure.reason()).isEqualTo(EngineFailureException.Code.MODEL_STORE_INVALID);
                        assertThat(failure.step()).isEqualTo("depth");
                    })
                    .hasMessageContaining("depth: output 0 (inverse_depth) is float32 (1, 7, 384, 384), its "
                            + "signature says float32 [B, 1, 384, 384]");
        }
    }

    @Test
    void refusesAGpuNodeWhoseLibtorchHasNoCuda() {
        CudaDevices.Probe oneGpu = new CudaDevices.Probe(true, 12080, 12080,
                List.of(new CudaDevices.Gpu(0, 70L << 30, 80L << 30)), null);

        assertThatThrownBy(() -> DjlEngine.chooseDevice(oneGpu, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CUDA finds 1 GPU(s) but the PyTorch engine sees 0");
        assertThatThrownBy(() -> DjlEngine.chooseDevice(oneGpu, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GPU 1 asked for, the node has 1");
    }

    private GenerationRequest request(long seed) {
        GenerationInstructions instructions = new GenerationInstructions(0, "faithful", "living_room",
                List.of("scandinavian"), List.of(), List.of(), 0.2, 0.1, List.of("wood"), "calm", 0.3, List.of(),
                "a red room", "blurry");
        return new GenerationRequest(photo, analysis, instructions, seed, 256);
    }

    private static EditRequest edit(RgbImage base, GrayImage mask, long seed, double scale, double offsetX) {
        EditInstructions instructions = new EditInstructions(offsetX == 0 ? "replace" : "reposition",
                "a red sofa", null, null, 0, List.of(), List.of(), "a red sofa", "blurry");
        return new EditRequest(base, mask, instructions, null, seed, scale, offsetX, 0);
    }

    static GrayImage box(int width, int height, int left, int top, int right, int bottom) {
        byte[] pixels = new byte[width * height];
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                pixels[y * width + x] = (byte) 255;
            }
        }
        return new GrayImage(width, height, pixels);
    }

    private static double rowMean(GrayImage map, int y) {
        double sum = 0;
        for (int x = 0; x < map.width(); x++) {
            sum += map.at(x, y);
        }
        return sum / map.width();
    }

    private static List<Integer> levels(GrayImage map) {
        return levels(map.pixels());
    }

    private static List<Integer> levels(RgbImage image) {
        return levels(image.pixels());
    }

    private static List<Integer> levels(byte[] pixels) {
        boolean[] seen = new boolean[256];
        for (byte value : pixels) {
            seen[value & 0xFF] = true;
        }
        List<Integer> levels = new ArrayList<>();
        for (int level = 0; level < 256; level++) {
            if (seen[level]) {
                levels.add(level);
            }
        }
        return levels;
    }

    /** Mean absolute difference of two images over the pixels inside (or outside) the mask. */
    private static double meanDifference(RgbImage a, RgbImage b, GrayImage mask, boolean inside) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < mask.pixels().length; i++) {
            if ((mask.pixels()[i] != 0) == inside) {
                for (int c = 0; c < 3; c++) {
                    sum += Math.abs((a.pixels()[i * 3 + c] & 0xFF) - (b.pixels()[i * 3 + c] & 0xFF));
                }
                count += 3;
            }
        }
        return sum / count;
    }

    /** Records progress and cancels once a given step has been reported. */
    static final class RecordingControl implements JobControl {
        final List<String> messages = new ArrayList<>();
        final List<Double> fractions = new ArrayList<>();
        String cancelAfter;

        @Override
        public void progress(double fraction, String message) {
            messages.add(message);
            fractions.add(fraction);
        }

        @Override
        public boolean cancelled() {
            return cancelAfter != null && messages.contains(cancelAfter);
        }
    }
}
