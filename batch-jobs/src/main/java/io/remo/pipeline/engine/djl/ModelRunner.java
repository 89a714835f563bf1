package io.remo.pipeline.engine.djl;

import ai.djl.ndarray.NDList;

/** Runs one network of the store. The outputs belong to the manager of the first input. */
@FunctionalInterface
public interface ModelRunner {

    NDList run(ModelRole role, NDList inputs);
}
