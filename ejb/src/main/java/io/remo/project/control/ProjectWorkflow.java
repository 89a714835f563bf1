package io.remo.project.control;

import static io.remo.project.control.ProjectAction.*;

import io.remo.lifecycle.control.LifecyclePolicy;
import io.remo.platform.api.ProblemException;
import io.remo.project.entity.Project;
import io.remo.project.entity.ProjectStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The project state machine: the one place that decides which action a step allows and moves the step. Every
 * service opens the project here with the action it is about to take; a refused action is a 409 with the current
 * step and what is allowed instead. Optimistic locking ({@code @Version}) turns concurrent signals into one
 * winner and one 409.
 */
@Stateless
public class ProjectWorkflow {

    public static final int MAX_REVISIONS = 5;

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectService projects;

    @Inject
    LifecyclePolicy lifecycle;

    @Inject
    Clock clock;

    /** What {@code project} allows now; {@code jobRunning} is whether one of its pipeline jobs is under way. */
    public static Set<ProjectAction> allowed(Project project, boolean jobRunning) {
        Set<ProjectAction> allowed = EnumSet.of(DELETE);
        switch (project.getStep()) {
            case PHOTOS -> allowed.addAll(List.of(UPLOAD_PHOTO, REQUEST_PHOTO_UPLOAD, CONFIRM_PHOTO_UPLOAD, VALIDATE_PHOTO,
                    DELETE_PHOTO, PHOTOS_READY));
            case SCAN -> allowed.addAll(List.of(UPLOAD_SCAN, SKIP_SCAN));
            case INTAKE -> allowed.addAll(List.of(INTAKE_MESSAGE, CONFIRM_INTAKE, SKIP_INTAKE));
            case GENERATING -> allowed.addAll(jobRunning ? List.of(CANCEL_JOB) : List.of(GENERATE, START_OVER));
            case SELECTION -> allowed.addAll(List.of(SELECT_OPTION, START_OVER));
            case ITERATION -> {
                if (jobRunning) {
                    allowed.add(CANCEL_JOB);
                } else {
                    if (project.getIterationCount() < MAX_REVISIONS) {
                        allowed.add(REVISE);
                    }
                    allowed.addAll(List.of(APPROVE, START_OVER));
                }
            }
            case APPROVED -> {
                // the shopping list is read-only; nothing more to do but read it or delete
            }
        }
        return allowed;
    }

    public boolean jobRunning(UUID projectId) {
        return !em.createQuery("select r.id from PipelineRun r where r.projectId = :project and r.status in "
                        + "(io.remo.generation.entity.RunStatus.STARTING, io.remo.generation.entity.RunStatus.RUNNING)")
                .setParameter("project", projectId).setMaxResults(1).getResultList().isEmpty();
    }

    public Set<ProjectAction> allowed(Project project) {
        return allowed(project, jobRunning(project.getId()));
    }

    /**
     * Opens the project for {@code action}: the token must open it and its step must allow the action. The caller
     * then changes it and ends with {@link #accept}.
     */
    public Project open(UUID projectId, String token, ProjectAction action) {
        Project project = projects.open(projectId, token);
        require(project, action);
        return project;
    }

    public void require(Project project, ProjectAction action) {
        Set<ProjectAction> allowed = allowed(project);
        if (!allowed.contains(action)) {
            if (action == REVISE && project.getStep() == ProjectStep.ITERATION
                    && project.getIterationCount() >= MAX_REVISIONS) {
                throw new ProblemException(409, "ITERATION_LIMIT_REACHED", "All " + MAX_REVISIONS
                        + " revisions are used; approve the design or start over.", null, details(project, allowed));
            }
            throw new ProblemException(409, "ILLEGAL_STEP", "'" + action.wireName() + "' is not possible while the project is in step '"
                    + project.getStep().wireName() + "'.", null, details(project, allowed));
        }
    }

    /** Records an accepted client action: moves the step (when given), last activity and the purge time. */
    public void accept(Project project, ProjectStep next) {
        Instant now = clock.instant();
        if (next != null) {
            project.setStep(next);
        }
        if (next == ProjectStep.APPROVED) {
            project.setApprovedAt(now);
        }
        project.touch(now, lifecycle.purgeAt(project, now));
        flush();
    }

    /** A step change the pipeline makes (no client activity): the purge time stays where it is. */
    public void advance(Project project, ProjectStep next) {
        project.setStep(next);
        project.setUpdatedAt(clock.instant());
        flush();
    }

    /**
     * Writes now, so that a concurrent change of the same project surfaces here as a 409: a stale version, or a
     * unique constraint the other request's rows already took (two revisions with the same number, say).
     */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw concurrentUpdate();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw concurrentUpdate();
            }
            throw e;
        }
    }

    public static ProblemException concurrentUpdate() {
        return new ProblemException(409, "CONCURRENT_UPDATE",
                "Another request changed the project at the same moment; reload its state and try again.");
    }

    private static Map<String, Object> details(Project project, Set<ProjectAction> allowed) {
        return Map.of("step", project.getStep().wireName(),
                "allowedActions", allowed.stream().map(ProjectAction::wireName).toList());
    }
}
