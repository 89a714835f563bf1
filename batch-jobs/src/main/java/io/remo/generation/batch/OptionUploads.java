package io.remo.generation.batch;

import io.remo.imaging.GrayImage;
import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.batch.PipelineObjects;
import io.remo.pipeline.batch.RunComputeTime;
import io.remo.pipeline.batch.StoredAnalysis;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encodes and stores a run's images as soon as they exist, in the background: the analysis maps while the options
 * render, each option while the other one renders or the gates run. Publishing then only waits for what is left and
 * records, so storage hides behind computation instead of adding to the run's wall time. An option rendered again
 * (a gate failed) is stored again, after its earlier upload finished, under the same keys.
 */
@ApplicationScoped
public class OptionUploads {

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Resource
    ManagedExecutorService executor;

    @Inject
    RunComputeTime computeTime;

    @Inject
    @ConfigProperty(name = "remo.pipeline.jpeg-quality", defaultValue = "90")
    int jpegQuality;

    @Inject
    @ConfigProperty(name = "remo.pipeline.webp-quality", defaultValue = "85")
    int webpQuality;

    /** Where one option's three variants were stored, and which rendering they show. */
    record StoredOption(RenderedOption source, String key, String thumbnailKey, String webpKey) {
    }

    void startAnalysis(DesignStep step, DesignWorkspace.Work work) {
        work.analysisUpload = CompletableFuture.runAsync(() -> storeAnalysis(step, work), executor);
    }

    void startOption(DesignStep step, DesignWorkspace.Work work, int index, RenderedOption option) {
        synchronized (work) {
            CompletableFuture<StoredOption> earlier = work.optionUploads[index];
            CompletableFuture<Object> after = earlier == null ? CompletableFuture.completedFuture(null) : earlier.handle((r, e) -> null);
            work.optionUploads[index] = after.thenApplyAsync(ignored -> storeOption(step, index, option), executor);
        }
    }

    /** The option's stored variants, storing them now if no upload of this rendering exists or the last one failed. */
    StoredOption awaitOption(DesignStep step, DesignWorkspace.Work work, int index) {
        RenderedOption option = work.options[index];
        CompletableFuture<StoredOption> upload = work.optionUploads[index];
        StoredOption stored = upload == null ? null : joinQuietly(upload);
        if (stored == null || stored.source() != option) {
            stored = storeOption(step, index, option); // a restarted run, or a failed upload tried once more
        }
        return stored;
    }

    void awaitAnalysis(DesignStep step, DesignWorkspace.Work work) {
        CompletableFuture<Void> upload = work.analysisUpload;
        if (upload == null || joinQuietly(upload.thenApply(v -> Boolean.TRUE)) == null) {
            storeAnalysis(step, work);
        }
    }

    private static <T> T joinQuietly(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            return null;
        }
    }

    private StoredOption storeOption(DesignStep step, int index, RenderedOption option) {
        String base = ProjectObjects.generation(step.projectId(), step.generation());
        RgbImage image = option.image();
        String key = base + "option-" + index + ".jpg";
        String thumbnail = base + "option-" + index + "-thumb.jpg";
        String webp = base + "option-" + index + ".webp";
        PipelineObjects.Uploads files = PipelineObjects.uploads(objectStore);
        files.start(key, computeTime.measure(step.runId(), () -> ImageCodec.encodeJpeg(image, jpegQuality)), "image/jpeg");
        files.start(thumbnail, computeTime.measure(step.runId(),
                () -> ImageCodec.encodeJpeg(ImageCodec.thumbnail(image), jpegQuality)), "image/jpeg");
        files.start(webp, computeTime.measure(step.runId(), () -> ImageCodec.encodeWebp(image, webpQuality)), "image/webp");
        files.await();
        return new StoredOption(option, key, thumbnail, webp);
    }

    private void storeAnalysis(DesignStep step, DesignWorkspace.Work work) {
        String base = ProjectObjects.analysis(step.projectId(), step.generation());
        var analysis = work.analysis;
        PipelineObjects.Uploads files = PipelineObjects.uploads(objectStore);
        files.start(base + StoredAnalysis.DEPTH, png(step, analysis.depth()), "image/png");
        files.start(base + StoredAnalysis.EDGES, png(step, analysis.edges()), "image/png");
        files.start(base + StoredAnalysis.SEGMENTATION, png(step, analysis.segmentation()), "image/png");
        files.start(base + StoredAnalysis.ROOM, StoredAnalysis.roomJson(analysis), "application/json");
        files.await();
    }

    private byte[] png(DesignStep step, GrayImage map) {
        return computeTime.measure(step.runId(), () -> ImageCodec.encodePng(map));
    }
}
