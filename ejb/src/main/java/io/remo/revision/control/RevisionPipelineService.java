package io.remo.revision.control;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.entity.ProjectBrief;
import io.remo.events.api.ProjectEventMessage;
import io.remo.events.control.ProjectEvents;
import io.remo.generation.entity.GeneratedImage;
import io.remo.generation.entity.ImageType;
import io.remo.generation.entity.PipelineRun;
import io.remo.photo.entity.Photo;
import io.remo.photo.entity.PhotoType;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.platform.control.Json;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.entity.Project;
import io.remo.revision.api.PublishedRevision;
import io.remo.revision.api.RevisionInput;
import io.remo.revision.api.RevisionPipeline;
import io.remo.revision.api.RevisionRequest;
import io.remo.revision.entity.Revision;
import io.remo.revision.entity.RevisionStatus;
import io.remo.storage.api.ProjectObjects;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

@Stateless
@Local(RevisionPipeline.class)
public class RevisionPipelineService implements RevisionPipeline {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectEvents events;

    @EJB
    ProjectStateReader states;

    @Inject
    Clock clock;

    @Override
    public RevisionInput input(UUID revisionId) {
        Revision revision = em.find(Revision.class, revisionId);
        if (revision == null) {
            throw new PipelineFailure("REVISION_GONE", "the revision no longer exists");
        }
        Project project = em.find(Project.class, revision.getProjectId());
        GeneratedImage base = em.find(GeneratedImage.class, revision.getBaseImageId());
        if (project == null || base == null) {
            throw new PipelineFailure("REVISION_GONE", "the design being revised no longer exists");
        }
        String roomPhoto = em.createQuery("select p from Photo p where p.projectId = :project and p.type = :type "
                        + "order by p.sortOrder", Photo.class)
                .setParameter("project", project.getId()).setParameter("type", PhotoType.ROOM).setMaxResults(1)
                .getResultList().stream().findFirst().map(Photo::getStorageKey).orElse(null);
        DesignBrief brief = em.createQuery("select b from ProjectBrief b where b.projectId = :project", ProjectBrief.class)
                .setParameter("project", project.getId()).getResultList().stream().findFirst()
                .map(ProjectBrief::getBriefData).orElse(DesignBrief.EMPTY);
        String analysis = ProjectObjects.analysis(project.getId(), base.getGeneration());
        return new RevisionInput(revisionId, project.getId(), revision.getRevisionNumber(),
                Json.read(revision.getEditPayload(), RevisionRequest.class), base.getStorageKey(), roomPhoto, analysis,
                brief, base.getGeneration(), project.getSelectedOption() == null ? 0 : project.getSelectedOption());
    }

    @Override
    public void publish(UUID runId, UUID revisionId, PublishedRevision published) {
        Revision revision = em.find(Revision.class, revisionId);
        if (revision == null || revision.getStatus() == RevisionStatus.COMPLETED) {
            return; // deleted, or a re-run of the step after it was recorded
        }
        Project project = em.find(Project.class, revision.getProjectId());
        GeneratedImage base = em.find(GeneratedImage.class, revision.getBaseImageId());
        var result = new GeneratedImage(UUID.randomUUID(), project.getId(), ImageType.REVISION, published.resultKey(),
                published.width(), published.height(), base.getGeneration(), clock.instant())
                .revision(revision.getRevisionNumber())
                .variants(published.thumbnailKey(), null)
                .provenance(published.prompt(), published.engineId(), published.seed(), published.durationMillis(), null);
        em.persist(result);
        UUID overlayId = null;
        if (published.overlayKey() != null) {
            var overlay = new GeneratedImage(UUID.randomUUID(), project.getId(), ImageType.OVERLAY, published.overlayKey(),
                    published.width(), published.height(), base.getGeneration(), clock.instant())
                    .revision(revision.getRevisionNumber());
            em.persist(overlay);
            overlayId = overlay.getId();
        }
        revision.completed(result.getId(), overlayId, published.metricsJson(), clock.instant());
        project.setIterationCount(project.getIterationCount() + 1);
        project.setUpdatedAt(clock.instant());
        PipelineRun run = em.find(PipelineRun.class, runId);
        if (run != null && run.getStatus().active()) {
            run.completed(clock.instant());
        }
        em.flush();
        events.publish(project.getId(), ProjectEventMessage.COMPLETE, Map.of("jobId", runId, "job", RevisionService.REVISION_JOB,
                "revisionNumber", revision.getRevisionNumber(), "state", states.view(project)));
    }
}
