package io.remo.project.control;

import io.remo.brief.api.BriefSummary;
import io.remo.brief.entity.ProjectBrief;
import io.remo.generation.entity.GeneratedImage;
import io.remo.generation.entity.ImageType;
import io.remo.generation.entity.PipelineRun;
import io.remo.generation.entity.RunStatus;
import io.remo.photo.entity.Photo;
import io.remo.platform.control.Json;
import io.remo.project.entity.Project;
import io.remo.revision.entity.Revision;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Assembles a {@link ProjectView}: a handful of indexed queries, URLs presigned for one hour. */
@Stateless
public class ProjectStateReader {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectStore objectStore;

    public ProjectView view(Project project) {
        UUID id = project.getId();
        List<PipelineRun> runs = em.createQuery("select r from PipelineRun r where r.projectId = :project "
                + "order by r.startedAt desc", PipelineRun.class).setParameter("project", id).setMaxResults(1).getResultList();
        PipelineRun latestRun = runs.isEmpty() ? null : runs.get(0);
        boolean running = latestRun != null && latestRun.getStatus().active();

        List<Photo> photos = em.createQuery("select p from Photo p where p.projectId = :project order by p.sortOrder",
                Photo.class).setParameter("project", id).getResultList();
        List<ProjectBrief> briefs = em.createQuery("select b from ProjectBrief b where b.projectId = :project",
                ProjectBrief.class).setParameter("project", id).getResultList();
        List<GeneratedImage> images = em.createQuery("select g from GeneratedImage g where g.projectId = :project "
                + "and g.generation = :generation order by g.createdAt", GeneratedImage.class)
                .setParameter("project", id).setParameter("generation", project.getGeneration()).getResultList();
        Map<UUID, GeneratedImage> imagesById = new HashMap<>();
        images.forEach(image -> imagesById.put(image.getId(), image));
        List<Revision> revisions = em.createQuery("select r from Revision r where r.projectId = :project "
                + "order by r.revisionNumber, r.createdAt", Revision.class).setParameter("project", id).getResultList();
        boolean shoppingListReady = !em.createNativeQuery("select 1 from shopping_lists where project_id = ?1")
                .setParameter(1, id).getResultList().isEmpty();

        List<ProjectView.OptionView> options = images.stream().filter(i -> i.getType() == ImageType.INITIAL_OPTION)
                .sorted(Comparator.comparing(GeneratedImage::getOptionIndex))
                .map(i -> new ProjectView.OptionView(i.getId(), i.getOptionIndex(), url(i.getStorageKey()),
                        url(i.getThumbnailKey()), url(i.getWebpKey()), i.isSelected()))
                .toList();
        return new ProjectView(
                id,
                project.getStep().wireName(),
                ProjectWorkflow.allowed(project, running).stream().map(ProjectAction::wireName).toList(),
                project.getIterationCount(),
                ProjectWorkflow.MAX_REVISIONS - project.getIterationCount(),
                photos.stream().map(p -> new ProjectView.PhotoView(p.getId(), p.getType().wireName(),
                        p.getValidationStatus().wireName(), p.getValidationError(), p.getValidationDetail(), p.getNote(),
                        p.getWidth(), p.getHeight(), url(p.getStorageKey()))).toList(),
                project.hasLidar(),
                briefs.isEmpty() ? null : new ProjectView.BriefView(briefs.get(0).getIntakeMode(),
                        briefs.get(0).getConfirmedAt() != null, briefs.get(0).getBriefData(),
                        BriefSummary.of(briefs.get(0).getBriefData())),
                options,
                project.getSelectedOption(),
                latestImage(images),
                revisions.stream().map(r -> revisionView(r, imagesById)).toList(),
                running ? new ProjectView.JobView(latestRun.getId(), latestRun.getJobName(), latestRun.getStep(),
                        latestRun.getProgress()) : null,
                latestRun != null && latestRun.getStatus() == RunStatus.FAILED
                        ? new ProjectView.FailureView(latestRun.getJobName(), latestRun.getErrorCode(),
                        latestRun.getFailedStep(), latestRun.getErrorMessage(), true) : null,
                shoppingListReady,
                project.getPurgeAt());
    }

    /** The image the person looks at now: the final one, else the newest revision result, else the chosen option. */
    private ProjectView.ImageView latestImage(List<GeneratedImage> images) {
        return images.stream()
                .filter(i -> i.isFinal() || i.getType() == ImageType.REVISION || i.isSelected())
                .max(Comparator.comparing((GeneratedImage i) -> i.isFinal())
                        .thenComparing(i -> i.getType() == ImageType.REVISION ? i.getRevisionNumber() : 0)
                        .thenComparing(GeneratedImage::getCreatedAt))
                .map(i -> new ProjectView.ImageView(i.getId(), url(i.getStorageKey()), url(i.getThumbnailKey())))
                .orElse(null);
    }

    private ProjectView.RevisionView revisionView(Revision revision, Map<UUID, GeneratedImage> images) {
        GeneratedImage result = revision.getResultImageId() == null ? null : images.get(revision.getResultImageId());
        GeneratedImage overlay = revision.getOverlayImageId() == null ? null : images.get(revision.getOverlayImageId());
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = revision.getMetrics() == null ? null : Json.read(revision.getMetrics(), Map.class);
        return new ProjectView.RevisionView(revision.getRevisionNumber(), revision.getType(),
                revision.getStatus().wireName(), metrics,
                result == null ? null : result.getId(), result == null ? null : url(result.getStorageKey()),
                overlay == null ? null : overlay.getId(), overlay == null ? null : url(overlay.getStorageKey()),
                revision.getFailureCode());
    }

    private String url(String key) {
        return key == null ? null : objectStore.presignGet(key).toString();
    }
}
