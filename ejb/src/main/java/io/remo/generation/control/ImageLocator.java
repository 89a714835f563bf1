package io.remo.generation.control;

import io.remo.generation.entity.GeneratedImage;
import io.remo.photo.entity.Photo;
import io.remo.platform.api.ProblemException;
import io.remo.project.control.ProjectService;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.UUID;

/** Where an image of a project can be downloaded: a presigned URL for that one object, valid one hour. */
@Stateless
public class ImageLocator {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectService projects;

    @EJB
    ObjectStore objectStore;

    public URI locate(UUID projectId, String token, UUID imageId, String variant) {
        projects.open(projectId, token);
        GeneratedImage image = em.find(GeneratedImage.class, imageId);
        if (image != null && image.getProjectId().equals(projectId)) {
            String key = switch (variant == null ? "full" : variant) {
                case "thumbnail" -> image.getThumbnailKey();
                case "webp" -> image.getWebpKey();
                case "full" -> image.getStorageKey();
                default -> throw new ProblemException(400, "IMAGE_VARIANT_INVALID", "variant must be full, thumbnail or webp.", "variant");
            };
            if (key != null) {
                return objectStore.presignGet(key);
            }
        }
        Photo photo = em.find(Photo.class, imageId);
        if (photo != null && photo.getProjectId().equals(projectId) && photo.getStorageKey() != null) {
            return objectStore.presignGet(photo.getStorageKey());
        }
        throw new ProblemException(404, "IMAGE_NOT_FOUND", "The project has no such image.");
    }
}
