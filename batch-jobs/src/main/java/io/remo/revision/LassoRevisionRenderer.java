package io.remo.revision;

import io.remo.brief.api.EditInstructions;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.EditRequest;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RegionEditor;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.revision.api.LassoRegion;
import io.remo.revision.api.NormalizedOffset;
import io.remo.revision.fidelity.Compositor;
import io.remo.revision.fidelity.FidelityMeter;
import io.remo.revision.mask.MaskOps;
import io.remo.revision.mask.RegionMask;
import io.remo.revision.mask.RegionMaskBuilder;
import io.remo.revision.overlay.RegionOverlay;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a validated lasso revision: builds each region's masks, has the engine's {@link RegionEditor} edit the
 * region, composites the edit over the image so far (regions one after the other, in payload order), then measures
 * the result against the base and draws the overlay. The compositing is what keeps the promise that nothing outside
 * the regions changes, whatever the editor returns.
 */
public final class LassoRevisionRenderer {

    private static final double MASKS_DONE = 0.2;
    private static final double EDITS_DONE = 0.9;

    private final RegionEditor editor;
    private final RegionMaskBuilder masks;
    private final FidelityMeter meter;

    public LassoRevisionRenderer(RegionEditor editor, RevisionSettings settings) {
        this.editor = editor;
        this.masks = new RegionMaskBuilder(settings.masks());
        this.meter = new FidelityMeter(settings.changeThreshold());
    }

    /**
     * @param instructions one per region, in the same order, with the region's action
     * @param analysis     the base's analysis, or null
     * @param seed         every random choice derives from it
     */
    public LassoRevision render(RgbImage base, List<LassoRegion> regions, List<EditInstructions> instructions,
                                RoomAnalysis analysis, long seed, JobControl control) {
        if (regions.isEmpty() || regions.size() != instructions.size()) {
            throw new IllegalArgumentException("need one set of instructions per region, and at least one region");
        }
        List<RegionMask> regionMasks = new ArrayList<>(regions.size());
        for (int i = 0; i < regions.size(); i++) {
            control.checkCancelled();
            LassoRegion region = regions.get(i);
            if (!region.action().equals(instructions.get(i).action())) {
                throw new IllegalArgumentException("region " + i + " is a " + region.action()
                        + " but its instructions are for " + instructions.get(i).action());
            }
            regionMasks.add(masks.build(base, region, i, seed + i));
            control.progress(MASKS_DONE * (i + 1) / regions.size(), "masks");
        }
        RgbImage result = base;
        for (int i = 0; i < regions.size(); i++) {
            LassoRegion region = regions.get(i);
            RegionMask mask = regionMasks.get(i);
            NormalizedOffset offset = region.offset() == null ? NormalizedOffset.of(0, 0) : region.offset();
            EditRequest request = new EditRequest(result, mask.editMask(), instructions.get(i), analysis, seed + i,
                    region.scale() == null ? 1 : region.scale(), offset.x(), offset.y());
            double from = MASKS_DONE + (EDITS_DONE - MASKS_DONE) * i / regions.size();
            double to = MASKS_DONE + (EDITS_DONE - MASKS_DONE) * (i + 1) / regions.size();
            RgbImage edited = editor.edit(request, within(control, from, to));
            result = Compositor.composite(result, edited, mask.blend());
        }
        control.checkCancelled();
        List<GrayImage> shapes = regionMasks.stream().map(RegionMask::shape).toList();
        GrayImage mask = MaskOps.union(regionMasks.stream().map(RegionMask::footprint).toList());
        GrayImage support = MaskOps.union(regionMasks.stream().map(RegionMask::support).toList());
        LassoRevision revision = new LassoRevision(result, RegionOverlay.render(base, shapes),
                meter.measure(base, result, mask, support), shapes, mask, support);
        control.progress(1, "verified");
        return revision;
    }

    /** The control, with the editor's progress mapped into [from, to] of this step's. */
    private static JobControl within(JobControl control, double from, double to) {
        return new JobControl() {
            @Override
            public void progress(double fraction, String message) {
                control.progress(from + (to - from) * fraction, message);
            }

            @Override
            public boolean cancelled() {
                return control.cancelled();
            }
        };
    }
}
