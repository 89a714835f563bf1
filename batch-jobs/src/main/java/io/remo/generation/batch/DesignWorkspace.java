package io.remo.generation.batch;

import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.api.DesignInput;
import io.remo.pipeline.api.DesignPipeline;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.pipeline.verify.GateResult;
import io.remo.pipeline.batch.Engines;
import io.remo.pipeline.batch.PipelineObjects;
import io.remo.pipeline.batch.RunComputeTime;
import io.remo.pipeline.batch.RunJobReporter;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the steps of one design-options run hand each other: kept in memory on the node (the steps of a run execute
 * on one node), since encoding them between steps would cost more than the orchestration budget. A restarted run
 * (after a crash) finds nothing here and recomputes what it needs; prepare and analyze are deterministic.
 */
@ApplicationScoped
public class DesignWorkspace {

    @EJB(lookup = DesignPipeline.JNDI_NAME)
    DesignPipeline pipeline;

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Inject
    Engines engines;

    @Inject
    RunComputeTime computeTime;

    @Inject
    OptionUploads uploads;

    @Inject
    @ConfigProperty(name = "remo.pipeline.working-long-side", defaultValue = "1024")
    int workingLongSide;

    @Inject
    @ConfigProperty(name = "remo.pipeline.max-pixels", defaultValue = "50000000")
    long maxPixels;

    private final Map<UUID, Work> works = new ConcurrentHashMap<>();

    /** One run's intermediate results. */
    public static final class Work {
        volatile DesignInput input;
        volatile RgbImage photo;
        volatile RoomAnalysis analysis;
        final RenderedOption[] options = new RenderedOption[2];
        final int[] attempts = new int[2];
        final double[] shares = new double[2];
        final Map<Integer, List<GateResult>> gates = new ConcurrentHashMap<>();
        @SuppressWarnings("unchecked")
        final CompletableFuture<OptionUploads.StoredOption>[] optionUploads = new CompletableFuture[2];
        volatile CompletableFuture<Void> analysisUpload;
    }

    public Work of(UUID runId) {
        return works.computeIfAbsent(runId, id -> new Work());
    }

    void release(@Observes RunJobReporter.RunEnded ended) {
        works.remove(ended.runId());
    }

    /** The brief and the working photo, loading them when this node has not (yet) done so. */
    public Work prepared(UUID runId, UUID projectId, int generation, JobControl control) {
        Work work = of(runId);
        if (work.photo == null) {
            synchronized (work) {
                if (work.photo == null) {
                    DesignInput input = pipeline.input(projectId, generation);
                    control.progress(0.2, "fetching your photos");
                    byte[] primary = PipelineObjects.roomPhoto(objectStore, input.roomPhotoKeys().get(0), workingLongSide);
                    control.progress(0.6, "preparing the photo");
                    work.photo = computeTime.measure(runId, () -> ImageCodec.decodeResized(primary, maxPixels, workingLongSide));
                    work.input = input;
                }
            }
        }
        return work;
    }

    /** The analysis of the working photo, computing it when this node has not (yet) done so. */
    public Work analyzed(UUID runId, UUID projectId, int generation, JobControl control) {
        Work work = prepared(runId, projectId, generation, control);
        if (work.analysis == null) {
            synchronized (work) {
                if (work.analysis == null) {
                    work.analysis = computeTime.measure(runId, () -> engines.engine().analyze(work.photo, control));
                    uploads.startAnalysis(new DesignStep(runId, projectId, generation), work);
                }
            }
        }
        return work;
    }
}
