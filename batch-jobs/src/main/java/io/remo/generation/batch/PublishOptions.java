package io.remo.generation.batch;

import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.api.DesignPipeline;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.api.PublishedOption;
import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.verify.GateResult;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.StorageUnavailableException;
import jakarta.annotation.Resource;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores the two options (full JPEG, 400 px thumbnail, WebP) and the analysis maps under fixed keys, encoding and
 * uploading in parallel, then records them: the project moves to selection and the phone gets "complete".
 */
@Dependent
@Named("publishOptions")
public class PublishOptions extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    DesignWorkspace workspace;

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @EJB(lookup = DesignPipeline.JNDI_NAME)
    DesignPipeline pipeline;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "remo.pipeline.jpeg-quality", defaultValue = "90")
    int jpegQuality;

    @Inject
    @ConfigProperty(name = "remo.pipeline.webp-quality", defaultValue = "85")
    int webpQuality;

    @Override
    protected String work() {
        DesignStep step = DesignStep.of(run);
        var control = run.control();
        var work = workspace.analyzed(step.runId(), step.projectId(), step.generation(), control);
        String base = GenerationKeys.base(step.projectId(), step.generation());
        List<CompletableFuture<PublishedOption>> options = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int index = i;
            RenderedOption option = work.options[i];
            if (option == null) {
                throw new PipelineFailure("OPTION_MISSING", "option " + i + " was not rendered");
            }
            options.add(CompletableFuture.supplyAsync(() -> store(base, index, option, work), executor));
        }
        List<CompletableFuture<Void>> maps = List.of(
                CompletableFuture.runAsync(() -> put(base + "analysis/depth.png", ImageCodec.encodePng(work.analysis.depth()), "image/png"), executor),
                CompletableFuture.runAsync(() -> put(base + "analysis/edges.png", ImageCodec.encodePng(work.analysis.edges()), "image/png"), executor),
                CompletableFuture.runAsync(() -> put(base + "analysis/segmentation.png", ImageCodec.encodePng(work.analysis.segmentation()), "image/png"), executor),
                CompletableFuture.runAsync(() -> put(base + "analysis/room.json", ("{\"roomType\":\"" + work.analysis.roomType()
                        + "\",\"confidence\":" + work.analysis.roomTypeConfidence() + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/json"), executor));
        List<PublishedOption> published;
        try {
            published = options.stream().map(CompletableFuture::join).toList();
            maps.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        control.progress(0.8, "saving your options");
        pipeline.publish(step.runId(), step.projectId(), step.generation(), published);
        control.progress(1, "your options are ready");
        return "PUBLISHED";
    }

    private PublishedOption store(String base, int index, RenderedOption option, DesignWorkspace.Work work) {
        RgbImage image = option.image();
        String key = base + "option-" + index + ".jpg";
        String thumbnail = base + "option-" + index + "-thumb.jpg";
        String webp = base + "option-" + index + ".webp";
        put(key, ImageCodec.encodeJpeg(image, jpegQuality), "image/jpeg");
        put(thumbnail, ImageCodec.encodeJpeg(ImageCodec.thumbnail(image), jpegQuality), "image/jpeg");
        put(webp, ImageCodec.encodeWebp(image, webpQuality), "image/webp");
        return new PublishedOption(index, key, thumbnail, webp, image.width(), image.height(), option.prompt(),
                option.engineId(), option.seed(), option.computeMillis(), qualityJson(work.gates.get(index)));
    }

    private void put(String key, byte[] bytes, String contentType) {
        try {
            objectStore.put(key, bytes, contentType);
        } catch (StorageUnavailableException e) {
            throw new PipelineFailure.Transient("STORAGE_UNAVAILABLE", e.getMessage(), e);
        }
    }

    static String qualityJson(List<GateResult> gates) {
        if (gates == null) {
            return null;
        }
        return gates.stream().map(g -> "{\"gate\":\"" + g.gate() + "\",\"passed\":" + g.passed() + ",\"measurements\":["
                + g.measurements().stream().map(m -> "{\"name\":\"" + m.name() + "\",\"value\":" + m.value()
                        + ",\"threshold\":" + m.threshold() + "}").collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
