package io.remo.generation.batch;

import io.remo.storage.api.ProjectObjects;
import java.util.UUID;

/** Where a generation run's images live: fixed keys, so a re-run replaces them. */
final class GenerationKeys {

    private GenerationKeys() {
    }

    static String base(UUID projectId, int generation) {
        return ProjectObjects.prefix(projectId) + "generated/g" + generation + "/";
    }
}
