package io.remo.storage.api;

import java.util.UUID;

/** Object keys of a project: all under one prefix, so a purge is one list-and-delete. */
public final class ProjectObjects {

    private ProjectObjects() {
    }

    public static String prefix(UUID projectId) {
        return "projects/" + projectId + "/";
    }
}
