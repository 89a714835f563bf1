package io.remo.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.GenerationInstructions;
import io.remo.imaging.RgbImage;
import io.remo.node.api.EngineStatus;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RedesignEngine;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.pipeline.engine.djl.DjlEngine;
import io.remo.pipeline.engine.djl.TinyModelStore;
import io.remo.revision.LassoRevision;
import io.remo.revision.LassoRevisionRenderer;
import io.remo.revision.RevisionSettings;
import io.remo.revision.TestImages;
import io.remo.revision.api.LassoRegion;
import io.remo.testing.SyntheticRoom;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's engine with {@code remo.engine=djl}, configured as a node is (this jar's defaults, a few overrides),
 * on the CPU with the tiny stand-ins: loading and warm-up before ready, options and lasso revisions made as the jobs
 * make them, the same bytes for the same seed, a stop between denoising steps, a refused store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DjlEnginesTest {

    private static final int SIDE = 512;
    private static final UUID PROJECT = UUID.fromString("6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b");

    private final RgbImage photo = SyntheticRoom.rgb(SIDE, SIDE * 3 / 4, 3);
    private final List<Runnable> startTasks = new ArrayList<>();
    private Engines engines;
    private CompletionStage<Void> started;
    private EngineStatus beforeTheStartTaskRan;

    @BeforeAll
    void startTheNodesEngine() {
        engines = engines(Map.of());
        started = engines.start(startTasks::add);
        beforeTheStartTaskRan = engines.status();
        startTasks.forEach(Runnable::run);
    }

    @AfterAll
    void close() {
        engines.close();
    }

    static Engines engines(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>(Map.of("remo.engine", "djl",
                "remo.djl.store", TinyModelStore.directory().toString(), "remo.djl.steps", "10",
                "remo.djl.warm-up-sizes", SIDE + "x" + SIDE * 3 / 4,
                // One intra-op thread: the stand-ins' tensors are tiny, and the build machine is shared.
                "remo.djl.cpu-threads", "1"));
        properties.putAll(overrides);
        SmallRyeConfig config = new SmallRyeConfigBuilder().forClassLoader(Engines.class.getClassLoader())
                .addDefaultSources().withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        Engines engines = new Engines();
        engines.config = config;
        engines.engineName = config.getValue("remo.engine", String.class);
        engines.workingLongSide = config.getValue("remo.pipeline.working-long-side", Integer.class);
        return engines;
    }

    @Test
    void loadsAndWarmsUpInTheBackgroundBeforeItIsReady() {
        assertThat(beforeTheStartTaskRan.state()).isEqualTo(EngineStatus.State.LOADING);
        assertThat(started.toCompletableFuture()).isCompleted();
        EngineStatus ready = engines.status();
        assertThat(ready.state()).isEqualTo(EngineStatus.State.READY);
        assertThat(ready.engine()).isEqualTo(DjlEngine.ID);
        assertThat(ready.device()).isEqualTo("cpu()");
        assertThat(ready.models()).startsWith("tiny").containsPattern("manifest sha256 [0-9a-f]{64}");
        assertThat(ready.concurrency()).isEqualTo(1);
        assertThat(ready.warmUpMillis()).isPositive();
        assertThat(engines.engine()).isInstanceOf(DjlEngine.class);
        assertThat(engines.start(Runnable::run).toCompletableFuture()).isCompleted();
    }

    @Test
    void rendersTwoOptionsTheSameForTheSameSeeds() {
        RedesignEngine engine = engines.engine();
        RoomAnalysis analysis = engine.analyze(photo, JobControl.NONE);

        List<RenderedOption> first = options(engine, analysis);
        List<RenderedOption> again = options(engine, analysis);

        assertThat(first).allSatisfy(option -> {
            assertThat(option.image().width()).isEqualTo(SIDE);
            assertThat(option.image().height()).isEqualTo(SIDE * 3 / 4);
            assertThat(option.engineId()).isEqualTo(DjlEngine.ID);
        });
        assertThat(first.get(0).image().pixels()).isNotEqualTo(first.get(1).image().pixels());
        for (int i = 0; i < 2; i++) {
            assertThat(again.get(i).seed()).isEqualTo(first.get(i).seed());
            assertThat(again.get(i).image().pixels()).isEqualTo(first.get(i).image().pixels());
        }
    }

    @Test
    void revisesLassoRegionsOnlyInsideThemTheSameForTheSameSeed() {
        RedesignEngine engine = engines.engine();
        RoomAnalysis analysis = engine.analyze(photo, JobControl.NONE);
        RgbImage base = options(engine, analysis).get(0).image();
        LassoRevisionRenderer renderer = new LassoRevisionRenderer(engine::edit, RevisionSettings.DEFAULT);
        List<LassoRegion> regions = List.of(region(base, 150, 230, 370, 340, "replace", "a sage green sofa"),
                region(base, 40, 60, 120, 200, "remove", "take the lamp away"));

        LassoRevision revision = renderer.render(base, regions, instructions(regions), analysis, 77, JobControl.NONE);
        LassoRevision again = renderer.render(base, regions, instructions(regions), analysis, 77, JobControl.NONE);

        assertThat(revision.result().width()).isEqualTo(base.width());
        assertThat(revision.fidelity().changedOutsideSupport()).isZero();
        assertThat(revision.fidelity().changedInMask()).isPositive();
        assertThat(again.result().pixels()).isEqualTo(revision.result().pixels());
    }

    @Test
    void stopsBetweenDenoisingStepsOfARevision() {
        RedesignEngine engine = engines.engine();
        RgbImage base = options(engine, engine.analyze(photo, JobControl.NONE)).get(0).image();
        List<LassoRegion> regions = List.of(region(base, 150, 230, 370, 340, "replace", "a sage green sofa"));
        List<String> steps = new ArrayList<>();
        JobControl stopAfterThirdStep = new JobControl() {
            @Override
            public void progress(double fraction, String message) {
                steps.add(message);
            }

            @Override
            public boolean cancelled() {
                return steps.contains("denoising 3/10");
            }
        };

        assertThatThrownBy(() -> new LassoRevisionRenderer(engine::edit, RevisionSettings.DEFAULT)
                .render(base, regions, instructions(regions), null, 5, stopAfterThirdStep))
                .isInstanceOf(JobCancelledException.class);
        assertThat(steps).contains("denoising 3/10").doesNotContain("denoising 4/10");
    }

    @Test
    void refusesToRunOnAStoreWhoseManifestIsBad(@TempDir Path temp) {
        Path store = TinyModelStore.copyTo(temp);
        TinyModelStore.editManifest(store, manifest -> manifest.addProperty("format", "remo-model-store/0"));
        Engines refused = engines(Map.of("remo.djl.store", store.toString()));

        assertThat(refused.start(Runnable::run).toCompletableFuture()).isCompletedExceptionally();
        assertThat(refused.status().state()).isEqualTo(EngineStatus.State.FAILED);
        assertThat(refused.status().error()).contains("refused").contains("format is 'remo-model-store/0'");
        assertThatThrownBy(refused::engine).isInstanceOfSatisfying(PipelineFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo("MODEL_STORE_INVALID");
            assertThat(failure.retryable()).isFalse();
        });
    }

    private List<RenderedOption> options(RedesignEngine engine, RoomAnalysis analysis) {
        List<RenderedOption> options = new ArrayList<>();
        for (int index = 0; index < 2; index++) {
            GenerationInstructions instructions = new GenerationInstructions(index, index == 0 ? "faithful" : "bolder",
                    "living_room", List.of("scandinavian"), List.of(), List.of(), 0.2, 0.1, List.of("wood"), "calm",
                    0.3, List.of(), "a calm scandinavian living room, option " + index, "blurry");
            options.add(engine.generate(new GenerationRequest(photo, analysis, instructions,
                    Seeds.of(PROJECT, 1, index, 0), SIDE), JobControl.NONE));
        }
        return options;
    }

    private static LassoRegion region(RgbImage image, int x0, int y0, int x1, int y1, String action, String words) {
        return new LassoRegion(TestImages.rectPath(image.width(), image.height(), x0, y0, x1, y1), action, words, null,
                null, null, null, null);
    }

    private static List<EditInstructions> instructions(List<LassoRegion> regions) {
        return regions.stream().map(r -> new EditInstructions(r.action(), r.instruction(), null, null, 0, List.of(),
                List.of(), r.instruction(), "blurry")).toList();
    }
}
