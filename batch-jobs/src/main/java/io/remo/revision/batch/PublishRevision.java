package io.remo.revision.batch;

import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.batch.Engines;
import io.remo.pipeline.batch.PipelineObjects;
import io.remo.pipeline.batch.RunComputeTime;
import io.remo.pipeline.batch.PipelineBatchlet;
import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.engine.JobControl;
import io.remo.revision.api.PublishedRevision;
import io.remo.revision.api.RevisionPipeline;
import io.remo.revision.fidelity.FidelityMetrics;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Stores the result losslessly (PNG: a later revision edits it again, and the pixels kept outside the mask must stay
 * exactly the base's), a JPEG thumbnail and, for a lasso edit, the overlay with the numbered regions; then records.
 */
@Dependent
@Named("publishRevision")
public class PublishRevision extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    RevisionWorkspace workspace;

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @EJB(lookup = RevisionPipeline.JNDI_NAME)
    RevisionPipeline pipeline;

    @Inject
    Engines engines;

    @Inject
    RunComputeTime computeTime;

    @Override
    protected String work() {
        var step = RevisionStep.of(run);
        var work = workspace.edited(step.runId(), step.revisionId(), JobControl.NONE);
        var input = work.input;
        String base = ProjectObjects.prefix(input.projectId()) + "revisions/r" + input.revisionNumber() + "/";
        RgbImage result = work.lasso != null ? work.lasso.result() : work.regenerated.image();
        PipelineObjects.Uploads files = PipelineObjects.uploads(objectStore);
        files.start(base + "result.png", computeTime.measure(step.runId(), () -> ImageCodec.encodePng(result)), "image/png");
        files.start(base + "result-thumb.jpg", computeTime.measure(step.runId(),
                () -> ImageCodec.encodeJpeg(ImageCodec.thumbnail(result), 90)), "image/jpeg");
        String overlayKey = null;
        String metrics = null;
        String prompt;
        String engine;
        long seed = io.remo.pipeline.batch.Seeds.of(input.projectId(), input.generation(), 100 + input.revisionNumber(), 0);
        if (work.lasso != null) {
            overlayKey = base + "overlay.jpg";
            files.start(overlayKey, computeTime.measure(step.runId(), () -> ImageCodec.encodeJpeg(work.lasso.overlay(), 90)),
                    "image/jpeg");
            metrics = metricsJson(work.lasso.fidelity());
            prompt = input.request().regions().stream().map(r -> r.action() + ": " + r.instruction())
                    .reduce((a, b) -> a + " | " + b).orElse("");
            engine = "lasso+" + engines.engine().id();
        } else {
            prompt = work.regenerated.prompt();
            engine = work.regenerated.engineId();
            seed = work.regenerated.seed();
        }
        run.control().progress(0.7, "saving your revision");
        files.await();
        run.flushProgress(); // the publication ends the run: no progress event may follow it
        pipeline.publish(step.runId(), step.revisionId(), new PublishedRevision(base + "result.png", base + "result-thumb.jpg",
                result.width(), result.height(), overlayKey, metrics, prompt, engine, seed, work.computeMillis));
        run.control().progress(1, "your revision is ready");
        return "PUBLISHED";
    }

    static String metricsJson(FidelityMetrics m) {
        return String.format(Locale.ROOT, "{\"precision\":%.6f,\"recall\":%.6f,\"iou\":%.6f,\"growthRatio\":%.6f,"
                        + "\"maxChangeOutsideMask\":%d,\"maskPixels\":%d,\"changedPixels\":%d,\"changedOutsideSupport\":%d}",
                m.precision(), m.recall(), m.iou(), m.growthRatio(), m.maxChangeOutsideMask(), m.maskPixels(),
                m.changedPixels(), m.changedOutsideSupport());
    }
}
