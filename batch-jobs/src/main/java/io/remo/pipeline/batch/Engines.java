package io.remo.pipeline.batch;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import io.remo.node.api.EngineStatus;
import io.remo.node.api.NodeEngine;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.engine.RedesignEngine;
import io.remo.pipeline.engine.classical.ClassicalEngine;
import io.remo.pipeline.engine.classical.ClassicalRegionEditor;
import io.remo.pipeline.engine.djl.DjlEngine;
import io.remo.pipeline.engine.djl.ModelStoreException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's engine, chosen by {@code remo.engine} ({@code classical} or {@code djl}), built once and shared by all
 * jobs (engines are thread-safe). The node's start-up loads it ({@link #start}): the classical engine at once, the
 * DJL engine in the background, warmed for the configured sizes, while /health reports the node not ready. A job
 * that asks for the engine meanwhile waits for it; one that asks for an engine that could not be loaded fails with
 * MODEL_STORE_INVALID (the store was refused) or ENGINE_UNAVAILABLE.
 */
@ApplicationScoped
public class Engines implements NodeEngine {

    public static final String CLASSICAL = "classical";
    public static final String DJL = "djl";
    private static final String PYTORCH = "PyTorch";
    private static final Logger LOG = Logger.getLogger(Engines.class.getName());

    @Inject
    @ConfigProperty(name = "remo.engine")
    String engineName;

    @Inject
    @ConfigProperty(name = "remo.pipeline.working-long-side")
    int workingLongSide;

    @Inject
    Config config;

    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<RedesignEngine> engine = new CompletableFuture<>();
    private volatile EngineStatus status;

    public RedesignEngine engine() {
        // A node whose start-up did not load the engine (it has no gpu role) loads it here, in the job's thread.
        start(Runnable::run);
        try {
            return engine.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof ModelStoreException
                    ? new PipelineFailure("MODEL_STORE_INVALID", cause.getMessage(), cause, false)
                    : new PipelineFailure("ENGINE_UNAVAILABLE", "the " + engineName + " engine could not be loaded: "
                            + cause, cause, false);
        }
    }

    @Override
    public CompletionStage<Void> start(Executor executor) {
        if (started.compareAndSet(false, true)) {
            status = new EngineStatus(EngineStatus.State.LOADING, engineName, null, null, null, null, null);
            if (CLASSICAL.equals(engineName)) {
                load();
            } else {
                executor.execute(this::load);
            }
        }
        return engine.thenAccept(ready -> { });
    }

    @Override
    public EngineStatus status() {
        EngineStatus current = status;
        return current != null ? current : EngineStatus.notStarted(engineName);
    }

    private void load() {
        long began = System.nanoTime();
        RedesignEngine loaded = null;
        try {
            loaded = switch (engineName) {
                case CLASSICAL -> new ClassicalEngine(new ClassicalRegionEditor(), workingLongSide);
                case DJL -> openDjl();
                default -> throw new IllegalStateException("remo.engine=" + engineName + " is not an engine of "
                        + "this node (" + CLASSICAL + " or " + DJL + ")");
            };
            if (loaded instanceof DjlEngine djl) {
                status = describe(djl, EngineStatus.State.WARMING_UP, null);
                djl.warmUp();
            }
            long millis = (System.nanoTime() - began) / 1_000_000;
            status = loaded instanceof DjlEngine djl ? describe(djl, EngineStatus.State.READY, millis)
                    : new EngineStatus(EngineStatus.State.READY, loaded.id(), "cpu()", null, null, millis, null);
            LOG.info(() -> "engine " + engineName + " ready in " + millis + " ms: " + status);
            engine.complete(loaded);
        } catch (RuntimeException | Error e) { // a native library that cannot load is an Error
            LOG.log(Level.SEVERE, "engine " + engineName + " cannot run jobs on this node", e);
            status = status().failed(e.toString());
            if (loaded instanceof DjlEngine djl) {
                djl.close();
            }
            engine.completeExceptionally(e);
        }
    }

    private DjlEngine openDjl() {
        int cpuThreads = DjlEngineConfig.cpuThreads(this::property);
        if (cpuThreads > 0) {
            // libtorch's intra-op pool is process-wide (the engine's CPU work shares the node with everything else),
            // and set through libtorch, which loads with DJL's engine.
            Engine.getEngine(PYTORCH);
            JniUtils.setNumThreads(cpuThreads);
        }
        return DjlEngine.open(DjlEngineConfig.settings(this::property));
    }

    private String property(String name) {
        return config.getOptionalValue(name, String.class).orElse(null);
    }

    private static EngineStatus describe(DjlEngine djl, EngineStatus.State state, Long millis) {
        return new EngineStatus(state, djl.id(), djl.device(), djl.storeName() + " (manifest sha256 "
                + djl.storeSha256() + ")", djl.concurrentJobs(), millis, null);
    }

    /** The models go when the application does; a warm-up still running closes them when it ends. */
    @PreDestroy
    void close() {
        engine.thenAccept(loaded -> {
            if (loaded instanceof DjlEngine djl) {
                djl.close();
            }
        });
    }
}
