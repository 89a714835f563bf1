package io.remo.pipeline.engine.classical;

import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.EditRequest;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RedesignEngine;
import io.remo.pipeline.engine.RegionEditor;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import java.util.Objects;

/**
 * The CPU engine: classical image analysis and a region-wise restyling in Lab with OpenCV (see the package
 * documentation). Stateless and thread-safe; deterministic for a given input and seed. Region edits of revisions are
 * delegated to the {@link RegionEditor} it is built with.
 */
public final class ClassicalEngine implements RedesignEngine {

    public static final String ID = "classical-opencv/1";
    public static final int DEFAULT_WORKING_LONG_SIDE = 1024;

    private final RegionEditor editor;
    private final RoomAnalyzer analyzer;

    public ClassicalEngine(RegionEditor editor) {
        this(editor, DEFAULT_WORKING_LONG_SIDE);
    }

    /** @param workingLongSide photos larger than this (long side, pixels) are analysed at this size */
    public ClassicalEngine(RegionEditor editor, int workingLongSide) {
        if (workingLongSide < 64) {
            throw new IllegalArgumentException("working long side of " + workingLongSide + " px is too small");
        }
        this.editor = Objects.requireNonNull(editor, "editor");
        this.analyzer = new RoomAnalyzer(workingLongSide);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RoomAnalysis analyze(RgbImage photo, JobControl control) {
        control.checkCancelled();
        return analyzer.analyze(photo, control);
    }

    @Override
    public RenderedOption generate(GenerationRequest request, JobControl control) {
        if (request.outputLongSide() <= 0) {
            throw new IllegalArgumentException("output long side must be positive, was " + request.outputLongSide());
        }
        control.checkCancelled();
        long start = System.nanoTime();
        StylePlan plan = StylePlan.of(request.instructions(), request.seed());
        Restyler.Result result = Restyler.render(request.photo(), request.analysis(), plan, request.outputLongSide(),
                control);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new RenderedOption(result.image(), ID, result.description(), request.seed(), millis);
    }

    @Override
    public RgbImage edit(EditRequest request, JobControl control) {
        return editor.edit(request, control);
    }
}
