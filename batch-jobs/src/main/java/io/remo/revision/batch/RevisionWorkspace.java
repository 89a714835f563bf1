package io.remo.revision.batch;

import io.remo.brief.api.EditInstructions;
import io.remo.brief.prompt.PromptBuilder;
import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.batch.Engines;
import io.remo.pipeline.batch.PipelineObjects;
import io.remo.pipeline.batch.RunComputeTime;
import io.remo.pipeline.batch.RunJobReporter;
import io.remo.pipeline.batch.Seeds;
import io.remo.pipeline.batch.StoredAnalysis;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.revision.LassoRevision;
import io.remo.revision.LassoRevisionRenderer;
import io.remo.revision.RevisionSettings;
import io.remo.revision.api.LassoRegion;
import io.remo.revision.api.RevisionInput;
import io.remo.revision.api.RevisionPipeline;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of one revision run and what they hand each other (in memory; a step restarted elsewhere recomputes,
 * everything being deterministic for the revision's seed).
 */
@ApplicationScoped
public class RevisionWorkspace {

    @EJB(lookup = RevisionPipeline.JNDI_NAME)
    RevisionPipeline pipeline;

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Inject
    Engines engines;

    @Inject
    RunComputeTime computeTime;

    @Inject
    @ConfigProperty(name = "remo.pipeline.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "remo.pipeline.working-long-side", defaultValue = "1024")
    int workingLongSide;

    @Inject
    @ConfigProperty(name = "remo.pipeline.output-long-side", defaultValue = "1024")
    int outputLongSide;

    private final PromptBuilder prompts = new PromptBuilder();
    private final Map<UUID, Work> works = new ConcurrentHashMap<>();

    /** One run's intermediate results. */
    public static final class Work {
        volatile RevisionInput input;
        volatile RgbImage base;
        volatile LassoRevision lasso;
        volatile RenderedOption regenerated;
        volatile long computeMillis;
    }

    public Work prepared(UUID runId, UUID revisionId, JobControl control) {
        Work work = works.computeIfAbsent(runId, id -> new Work());
        synchronized (work) {
            if (work.input == null) {
                RevisionInput input = pipeline.input(revisionId);
                control.progress(0.3, "fetching your design");
                byte[] base = fetch(input.baseImageKey());
                work.base = computeTime.measure(runId, () -> ImageCodec.decode(base, maxPixels));
                work.input = input;
            }
        }
        return work;
    }

    /** The edit itself: the lasso regions (masks, edits, compositing, fidelity, overlay) or a full regeneration. */
    public Work edited(UUID runId, UUID revisionId, JobControl control) {
        Work work = prepared(runId, revisionId, JobControl.NONE);
        synchronized (work) {
            RevisionInput input = work.input;
            long seed = Seeds.of(input.projectId(), input.generation(), 100 + input.revisionNumber(), 0);
            long start = System.nanoTime();
            computeTime.measure(runId, () -> edit(work, input, seed, control));
            work.computeMillis += (System.nanoTime() - start) / 1_000_000;
        }
        return work;
    }

    private void edit(Work work, RevisionInput input, long seed, JobControl control) {
        if (input.request().isLasso() && work.lasso == null) {
            List<EditInstructions> instructions = input.request().regions().stream()
                    .map(region -> instructions(input, region)).toList();
            work.lasso = new LassoRevisionRenderer(engines.engine()::edit, RevisionSettings.DEFAULT)
                    .render(work.base, input.request().regions(), instructions, null, seed, control);
        } else if (!input.request().isLasso() && work.regenerated == null) {
            RgbImage photo = ImageCodec.decodeResized(PipelineObjects.roomPhoto(objectStore, input.roomPhotoKey(), workingLongSide), maxPixels, workingLongSide);
            control.progress(0.1, "starting again from your room");
            var option = prompts.option(input.brief(), input.optionIndex(), input.request().feedback());
            work.regenerated = engines.engine().generate(new GenerationRequest(photo, analysis(input), option, seed,
                    outputLongSide), control);
        }
    }

    /** The region's own action, avoid tokens and nudges, over what the prompt builder read from its instruction. */
    private EditInstructions instructions(RevisionInput input, LassoRegion region) {
        EditInstructions read = prompts.edit(input.brief(), region.instruction());
        return new EditInstructions(region.action(), read.instruction(), read.targetColor(), read.texture(), read.warmth(),
                List.copyOf(union(read.avoidTokens(), region.avoidTokens())),
                List.copyOf(union(read.styleNudges(), region.styleNudges())), read.prompt(), read.negativePrompt());
    }

    /** The maps the analysis of the options stored, so a regeneration keeps the room's structure the same way. */
    private RoomAnalysis analysis(RevisionInput input) {
        return StoredAnalysis.read(input.analysisPrefix(), this::fetch, maxPixels);
    }

    byte[] fetch(String key) {
        return PipelineObjects.get(objectStore, key, "DESIGN_DATA_MISSING", "missing from storage: " + key);
    }

    void release(@Observes RunJobReporter.RunEnded ended) {
        works.remove(ended.runId());
    }

    private static LinkedHashSet<String> union(List<String> a, List<String> b) {
        var all = new LinkedHashSet<String>(a);
        all.addAll(b == null ? new ArrayList<>() : b);
        return all;
    }
}
