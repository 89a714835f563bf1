package io.remo.project.control;

import io.remo.lifecycle.control.LifecyclePolicy;
import io.remo.lifecycle.control.PurgeTimers;
import io.remo.platform.api.ProblemException;
import io.remo.project.entity.Project;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Creates projects and opens them for a bearer of their token. */
@Stateless
public class ProjectService {

    static final int MAX_DEVICE_ID_LENGTH = 128;
    private static final byte[] NO_PROJECT_HASH = ProjectTokens.hash("no project");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LifecyclePolicy lifecycle;

    @EJB
    PurgeTimers purgeTimers;

    public CreatedProject create(String deviceId) {
        requireValidDeviceId(deviceId);
        Instant now = clock.instant();
        String token = ProjectTokens.newToken();
        var project = new Project(UUID.randomUUID(), ProjectTokens.fingerprint(deviceId), ProjectTokens.hash(token),
                now, lifecycle.purgeAtOfNewProject(now));
        em.persist(project);
        purgeTimers.arm(project);
        return new CreatedProject(project.getId(), token, project.getStep(), project.getPurgeAt());
    }

    /**
     * The project, when {@code token} opens it. An unknown project and a wrong or missing token are
     * indistinguishable to the caller: the same 404, after the same hash comparison.
     */
    public Project open(UUID projectId, String token) {
        Project project = em.find(Project.class, projectId);
        boolean matches = ProjectTokens.matches(token, project == null ? NO_PROJECT_HASH : project.getTokenHash());
        if (project == null || !matches) {
            throw ProblemException.notFound();
        }
        return project;
    }

    private static void requireValidDeviceId(String deviceId) {
        if (deviceId == null || deviceId.isBlank()) {
            throw new ProblemException(400, "DEVICE_ID_REQUIRED", "The X-Device-ID header is required.", "X-Device-ID");
        }
        if (deviceId.length() > MAX_DEVICE_ID_LENGTH || !deviceId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ProblemException(400, "DEVICE_ID_INVALID",
                    "X-Device-ID must be 1 to " + MAX_DEVICE_ID_LENGTH + " printable ASCII characters.", "X-Device-ID");
        }
    }
}
