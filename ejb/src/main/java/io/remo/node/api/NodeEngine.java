package io.remo.node.api;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The redesign engine of a node that runs generation jobs, as the node's start-up and /health see it. Implemented
 * in batch-jobs (which this module cannot see), reached through CDI.
 */
public interface NodeEngine {

    /**
     * Loads the engine once per node and warms it where that pays: inline when there is nothing to load, else as a
     * task on {@code executor}. Later calls start nothing and return the same stage.
     *
     * @return completes when the engine is ready, exceptionally when it cannot be
     */
    CompletionStage<Void> start(Executor executor);

    EngineStatus status();
}
