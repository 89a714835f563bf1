package io.remo.pipeline.engine;

import io.remo.imaging.RgbImage;

/** Edits one masked region of an image; the classical engine's revisions are made by one of these. */
@FunctionalInterface
public interface RegionEditor {

    /** The edited image, same size as {@code request.base()}. */
    RgbImage edit(EditRequest request, JobControl control);
}
