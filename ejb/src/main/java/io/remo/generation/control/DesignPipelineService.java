package io.remo.generation.control;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.entity.ProjectBrief;
import io.remo.events.api.ProjectEventMessage;
import io.remo.events.control.ProjectEvents;
import io.remo.generation.entity.GeneratedImage;
import io.remo.generation.entity.ImageType;
import io.remo.generation.entity.PipelineRun;
import io.remo.photo.entity.Photo;
import io.remo.photo.entity.PhotoType;
import io.remo.pipeline.api.DesignInput;
import io.remo.pipeline.api.DesignPipeline;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.api.PublishedOption;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.control.ProjectWorkflow;
import io.remo.project.entity.Project;
import io.remo.project.entity.ProjectStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Stateless
@Local(DesignPipeline.class)
public class DesignPipelineService implements DesignPipeline {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectWorkflow workflow;

    @EJB
    ProjectEvents events;

    @EJB
    ProjectStateReader states;

    @Inject
    Clock clock;

    @Override
    public DesignInput input(UUID projectId, int generation) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new PipelineFailure("PROJECT_GONE", "the project was deleted");
        }
        List<String> photos = em.createQuery("select p from Photo p where p.projectId = :project and p.type = :type "
                        + "order by p.sortOrder", Photo.class)
                .setParameter("project", projectId).setParameter("type", PhotoType.ROOM).getResultList()
                .stream().map(Photo::getStorageKey).toList();
        if (photos.isEmpty()) {
            throw new PipelineFailure("NO_ROOM_PHOTOS", "the project has no checked room photos");
        }
        DesignBrief brief = em.createQuery("select b from ProjectBrief b where b.projectId = :project", ProjectBrief.class)
                .setParameter("project", projectId).getResultList().stream().findFirst()
                .map(ProjectBrief::getBriefData).orElse(DesignBrief.EMPTY);
        return new DesignInput(projectId, generation, photos, brief);
    }

    @Override
    public void publish(UUID runId, UUID projectId, int generation, List<PublishedOption> options) {
        Project project = em.find(Project.class, projectId);
        if (project == null || project.getGeneration() != generation) {
            return; // deleted, or started over while this run was finishing
        }
        List<Integer> recorded = em.createQuery("select g.optionIndex from GeneratedImage g where g.projectId = :project "
                        + "and g.generation = :generation and g.type = :type", Integer.class)
                .setParameter("project", projectId).setParameter("generation", generation)
                .setParameter("type", ImageType.INITIAL_OPTION).getResultList();
        for (PublishedOption option : options) {
            if (recorded.contains(option.optionIndex())) {
                continue;
            }
            em.persist(new GeneratedImage(UUID.randomUUID(), projectId, ImageType.INITIAL_OPTION, option.key(),
                    option.width(), option.height(), generation, clock.instant())
                    .option(option.optionIndex())
                    .variants(option.thumbnailKey(), option.webpKey())
                    .provenance(option.prompt(), option.engineId(), option.seed(), option.durationMillis(), option.qualityJson()));
        }
        if (project.getStep() == ProjectStep.GENERATING) {
            workflow.advance(project, ProjectStep.SELECTION);
        }
        PipelineRun run = em.find(PipelineRun.class, runId);
        if (run != null && run.getStatus().active()) {
            run.completed(clock.instant());
        }
        em.flush();
        events.publish(projectId, ProjectEventMessage.COMPLETE, Map.of("jobId", runId, "job",
                GenerationService.DESIGN_OPTIONS_JOB, "state", states.view(project)));
    }
}
