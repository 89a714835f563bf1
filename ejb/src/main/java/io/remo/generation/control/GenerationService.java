package io.remo.generation.control;

import io.remo.brief.entity.ProjectBrief;
import io.remo.generation.entity.GeneratedImage;
import io.remo.generation.entity.ImageType;
import io.remo.generation.entity.PipelineRun;
import io.remo.lifecycle.control.PurgeTimers;
import io.remo.pipeline.control.JobStarter;
import io.remo.pipeline.control.PipelineLauncher;
import io.remo.pipeline.control.PipelineRunService;
import io.remo.platform.api.ProblemException;
import io.remo.project.control.ProjectAction;
import io.remo.project.control.ProjectWorkflow;
import io.remo.project.entity.Project;
import io.remo.project.entity.ProjectStep;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** From a confirmed brief to an approved design: generation runs, the choice of an option, approval, start-over. */
@Stateless
public class GenerationService {

    public static final String DESIGN_OPTIONS_JOB = "design-options";
    public static final String SHOPPING_LIST_JOB = "shopping-list";

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectWorkflow workflow;

    @EJB
    JobStarter jobs;

    @EJB
    PipelineRunService runs;

    @EJB
    ObjectStore objectStore;

    @EJB
    PurgeTimers purgeTimers;

    @Inject
    PipelineLauncher launcher;

    @Inject
    Clock clock;

    /** Starts a new generation run of {@code project} (already opened for the action that leads here). */
    public UUID startDesignOptions(Project project) {
        int generation = project.nextGeneration();
        return launcher.launch(project.getId(), DESIGN_OPTIONS_JOB, null, Map.of("generation", Integer.toString(generation)));
    }

    /** POST generate: after a failed or cancelled run, try again. */
    public UUID retry(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.GENERATE);
        UUID run = startDesignOptions(project);
        workflow.accept(project, ProjectStep.GENERATING);
        return run;
    }

    public void selectOption(UUID projectId, String token, Integer optionIndex) {
        if (optionIndex == null || (optionIndex != 0 && optionIndex != 1)) {
            throw new ProblemException(400, "OPTION_INDEX_INVALID", "optionIndex must be 0 or 1.", "optionIndex");
        }
        Project project = workflow.open(projectId, token, ProjectAction.SELECT_OPTION);
        List<GeneratedImage> options = currentOptions(project);
        GeneratedImage chosen = options.stream().filter(o -> o.getOptionIndex() == optionIndex.intValue()).findFirst()
                .orElseThrow(() -> new ProblemException(409, "OPTION_NOT_AVAILABLE", "Option " + optionIndex
                        + " does not exist for this project.", "optionIndex"));
        options.forEach(o -> o.setSelected(o == chosen));
        project.setSelectedOption(optionIndex);
        workflow.accept(project, ProjectStep.ITERATION);
        runs.publishState(projectId);
    }

    public void approve(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.APPROVE);
        GeneratedImage approved = latestDesign(project);
        approved.setFinal(true);
        workflow.accept(project, ProjectStep.APPROVED);
        purgeTimers.rearmIfEarlier(project);
        launcher.launch(projectId, SHOPPING_LIST_JOB, approved.getId(), Map.of("imageId", approved.getId().toString()));
        runs.publishState(projectId);
    }

    /** Back to the intake with a fresh counter; what was generated so far is deleted. */
    public void startOver(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.START_OVER);
        em.createNativeQuery("delete from revisions where project_id = ?1").setParameter(1, projectId).executeUpdate();
        em.createNativeQuery("delete from generated_images where project_id = ?1").setParameter(1, projectId).executeUpdate();
        objectStore.deletePrefix(ProjectObjects.prefix(projectId) + "generated/");
        objectStore.deletePrefix(ProjectObjects.prefix(projectId) + "revisions/");
        project.setIterationCount(0);
        project.setSelectedOption(null);
        em.createQuery("select b from ProjectBrief b where b.projectId = :project", ProjectBrief.class)
                .setParameter("project", projectId).getResultList().forEach(b -> b.reopen(clock.instant()));
        workflow.accept(project, ProjectStep.INTAKE);
        runs.publishState(projectId);
    }

    /** Stops the running job; it ends STOPPED at its next check and the project is retryable again. */
    public void cancelJob(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.CANCEL_JOB);
        PipelineRun run = em.createQuery("select r from PipelineRun r where r.projectId = :project and r.status in "
                        + "(io.remo.generation.entity.RunStatus.STARTING, io.remo.generation.entity.RunStatus.RUNNING) "
                        + "order by r.startedAt desc", PipelineRun.class)
                .setParameter("project", projectId).setMaxResults(1).getSingleResult();
        workflow.accept(project, null);
        if (run.getExecutionId() != null) {
            jobs.stop(run.getExecutionId());
        } else {
            runs.stopped(run.getId(), "start");
        }
    }

    List<GeneratedImage> currentOptions(Project project) {
        return em.createQuery("select g from GeneratedImage g where g.projectId = :project and g.generation = :generation "
                        + "and g.type = :type", GeneratedImage.class)
                .setParameter("project", project.getId()).setParameter("generation", project.getGeneration())
                .setParameter("type", ImageType.INITIAL_OPTION).getResultList();
    }

    /** The design as it stands: the newest completed revision's result, else the selected option. */
    public GeneratedImage latestDesign(Project project) {
        List<GeneratedImage> revised = em.createQuery("select g from GeneratedImage g where g.projectId = :project "
                        + "and g.generation = :generation and g.type = :type order by g.revisionNumber desc", GeneratedImage.class)
                .setParameter("project", project.getId()).setParameter("generation", project.getGeneration())
                .setParameter("type", ImageType.REVISION).setMaxResults(1).getResultList();
        if (!revised.isEmpty()) {
            return revised.get(0);
        }
        return currentOptions(project).stream().filter(GeneratedImage::isSelected).findFirst()
                .orElseThrow(() -> new ProblemException(409, "NO_DESIGN", "No design has been chosen yet."));
    }
}
