package io.remo.lifecycle.control;

import io.remo.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When a project is due for purge: 48 h after the last client action, or 24 h after approval. */
@ApplicationScoped
public class LifecyclePolicy {

    @Inject
    @ConfigProperty(name = "remo.lifecycle.abandon-after")
    Duration abandonAfter;

    @Inject
    @ConfigProperty(name = "remo.lifecycle.grace-after")
    Duration graceAfter;

    @Inject
    @ConfigProperty(name = "remo.lifecycle.purge-log-retention")
    Duration purgeLogRetention;

    /** The purge time of {@code project} after a client action at {@code now}. */
    public Instant purgeAt(Project project, Instant now) {
        return project.getApprovedAt() != null ? project.getApprovedAt().plus(graceAfter) : now.plus(abandonAfter);
    }

    public Instant purgeAtOfNewProject(Instant now) {
        return now.plus(abandonAfter);
    }

    public Duration purgeLogRetention() {
        return purgeLogRetention;
    }
}
