package io.remo.project.boundary;

import io.remo.project.control.CreatedProject;
import java.time.Instant;
import java.util.UUID;

/** The JSON shapes of the project resource (camelCase, ids as UUID strings, times as ISO-8601 UTC). */
public final class ProjectJson {

    private ProjectJson() {
    }

    public record Created(UUID id, String token, String step, Instant purgeAt) {
        static Created of(CreatedProject project) {
            return new Created(project.id(), project.token(), project.step().wireName(), project.purgeAt());
        }
    }
}
