package io.remo.pipeline.engine;

import io.remo.imaging.RgbImage;

/**
 * An image engine of the pipeline, chosen by {@code remo.engine}: {@code classical} (OpenCV on the CPU, the
 * default) or {@code djl} (diffusion with ControlNet through DJL PyTorch, on a GPU where there is one).
 * Implementations are deterministic for a given seed and check {@link JobControl#checkCancelled()} between steps.
 */
public interface RedesignEngine {

    /** Name and version, e.g. "classical-opencv/1". */
    String id();

    RoomAnalysis analyze(RgbImage photo, JobControl control);

    RenderedOption generate(GenerationRequest request, JobControl control);

    /** The edited image, same size as the base; pixels outside the mask are the caller's to restore. */
    RgbImage edit(EditRequest request, JobControl control);
}
