package io.remo.project.entity;

import java.util.Locale;

/** Where a project stands in the workflow (DESIGN.md §2). Stored and sent in lower case. */
public enum ProjectStep {
    PHOTOS,
    SCAN,
    INTAKE,
    GENERATING,
    SELECTION,
    ITERATION,
    APPROVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectStep fromWireName(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
