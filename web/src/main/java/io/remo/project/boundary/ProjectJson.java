package io.remo.project.boundary;

import io.remo.project.control.CreatedProject;
import io.remo.project.entity.Project;
import java.time.Instant;
import java.util.List;
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

    public record State(UUID id, String step, List<String> allowedActions, int iterationCount, boolean hasLidar,
                        Integer selectedOption, Instant purgeAt) {
        public static State of(Project project) {
            return new State(project.getId(), project.getStep().wireName(), List.of(), project.getIterationCount(),
                    project.hasLidar(), project.getSelectedOption(), project.getPurgeAt());
        }
    }
}
