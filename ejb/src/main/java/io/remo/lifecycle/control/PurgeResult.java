package io.remo.lifecycle.control;

import java.util.UUID;

/** What one purge call did: {@code purged} is false when the project was already gone. */
public record PurgeResult(UUID projectId, boolean purged, int rowsDeleted, int objectsDeleted) {

    static PurgeResult nothingToDo(UUID projectId) {
        return new PurgeResult(projectId, false, 0, 0);
    }
}
