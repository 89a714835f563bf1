package io.remo.project.control;

import io.remo.project.entity.ProjectStep;
import java.time.Instant;
import java.util.UUID;

/** A new project with its bearer token: the only moment the token exists outside the phone. */
public record CreatedProject(UUID id, String token, ProjectStep step, Instant purgeAt) {
}
