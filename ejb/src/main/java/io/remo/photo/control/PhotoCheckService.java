package io.remo.photo.control;

import io.remo.events.api.ProjectEventMessage;
import io.remo.events.control.ProjectEvents;
import io.remo.photo.entity.Photo;
import io.remo.photo.entity.ValidationStatus;
import io.remo.pipeline.api.PhotoCheckInput;
import io.remo.pipeline.api.PhotoCheckResults;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.entity.Project;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Stateless
@Local(PhotoCheckResults.class)
public class PhotoCheckService implements PhotoCheckResults {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectEvents events;

    @EJB
    ProjectStateReader states;

    @Override
    public PhotoCheckInput input(UUID photoId) {
        Photo photo = em.find(Photo.class, photoId);
        if (photo == null || photo.getStorageKey() == null) {
            throw new PipelineFailure("PHOTO_GONE", "the photo was deleted");
        }
        List<Long> others = em.createQuery("select p.perceptualHash from Photo p where p.projectId = :project "
                        + "and p.id <> :photo and p.perceptualHash is not null and p.validationStatus = :passed", Long.class)
                .setParameter("project", photo.getProjectId()).setParameter("photo", photoId)
                .setParameter("passed", ValidationStatus.PASSED).getResultList();
        return new PhotoCheckInput(photoId, photo.getProjectId(), photo.getType().wireName(), photo.getStorageKey(), others);
    }

    @Override
    public void record(UUID photoId, String failureCode, String detail, long perceptualHash) {
        Photo photo = em.find(Photo.class, photoId);
        if (photo == null) {
            return;
        }
        if (failureCode == null) {
            photo.passed(perceptualHash);
        } else {
            photo.failed(failureCode, detail, perceptualHash);
        }
        Project project = em.find(Project.class, photo.getProjectId());
        em.flush();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("photoId", photoId);
        result.put("validationStatus", photo.getValidationStatus().wireName());
        if (failureCode != null) {
            result.put("validationError", failureCode);
            result.put("validationDetail", detail);
        }
        result.put("state", states.view(project));
        events.publish(photo.getProjectId(), ProjectEventMessage.COMPLETE, result);
    }
}
