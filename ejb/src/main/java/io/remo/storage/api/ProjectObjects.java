package io.remo.storage.api;

import java.util.UUID;

/** Object keys of a project: all under one prefix, so a purge is one list-and-delete. */
public final class ProjectObjects {

    private ProjectObjects() {
    }

    public static String prefix(UUID projectId) {
        return "projects/" + projectId + "/";
    }

    /** Where a generation run's images live: fixed keys, so a re-run replaces them. */
    public static String generation(UUID projectId, int generation) {
        return prefix(projectId) + "generated/g" + generation + "/";
    }

    /** Where that run's analysis of the room photo lives: the maps and room.json, read again by revisions and lists. */
    public static String analysis(UUID projectId, int generation) {
        return generation(projectId, generation) + "analysis/";
    }

    /**
     * The copy of a checked photo at the pipeline's working size, made by the photo check so that a generation reads
     * a small object instead of decoding the full photo. Under the photo's key (a photo's deletion takes it along).
     */
    public static String workingCopy(String photoKey, int longSide) {
        int dot = photoKey.lastIndexOf('.');
        return (dot < 0 ? photoKey : photoKey.substring(0, dot)) + "-w" + longSide + ".jpg";
    }
}
