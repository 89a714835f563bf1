package io.remo.photo.control;

import io.remo.imaging.ImageCodec;
import io.remo.imaging.ImageRejectedException;
import io.remo.imaging.InspectedUpload;
import io.remo.imaging.UploadInspector;
import io.remo.imaging.UploadLimits;
import io.remo.photo.entity.Photo;
import io.remo.photo.entity.PhotoType;
import io.remo.photo.entity.ValidationStatus;
import io.remo.pipeline.control.PipelineLauncher;
import io.remo.platform.api.ProblemException;
import io.remo.platform.control.Text;
import io.remo.platform.control.WireName;
import io.remo.project.control.ProjectAction;
import io.remo.project.control.ProjectWorkflow;
import io.remo.project.entity.Project;
import io.remo.project.entity.ProjectStep;
import io.remo.storage.api.ObjectNotFoundException;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The photos step. Every image is checked from its bytes (type, header, size, hostile structure) before anything
 * is stored, re-encoded so that nothing but pixels is kept, stored under a server-made key, and then judged by the
 * photo-check job (sharpness, exposure, duplicates, "is it a room").
 */
@Stateless
public class PhotoService {

    public static final String PHOTO_CHECK_JOB = "photo-check";
    public static final int ROOM_PHOTOS = 2;
    public static final int MAX_INSPIRATION_PHOTOS = 3;
    public static final int MAX_NOTE_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectWorkflow workflow;

    @EJB
    ObjectStore objectStore;

    @Inject
    PipelineLauncher launcher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "remo.upload.max-bytes")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "remo.upload.max-pixels")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "remo.upload.max-metadata-bytes")
    int maxMetadataBytes;

    @Inject
    @ConfigProperty(name = "remo.upload.jpeg-quality")
    int jpegQuality;

    @Inject
    @ConfigProperty(name = "remo.upload.presign-expiry")
    Duration uploadUrlValidity;

    /** A direct upload announced: where the phone PUTs the bytes, and until when. */
    public record UploadTicket(UUID photoId, URI uploadUrl, String method, Map<String, String> headers, Instant expiresAt) {
    }

    /** POST photos: the multipart upload. */
    public Photo upload(UUID projectId, String token, String type, String note, byte[] bytes) {
        PhotoType photoType = parseType(type);
        String cleanNote = cleanNote(photoType, note);
        Project project = workflow.open(projectId, token, ProjectAction.UPLOAD_PHOTO);
        requireRoomFor(projectId, photoType);
        if (bytes == null) {
            throw new ProblemException(400, "FILE_REQUIRED", "The 'file' part is required.", "file");
        }
        Photo photo = new Photo(UUID.randomUUID(), projectId, photoType, cleanNote, nextSortOrder(projectId), clock.instant());
        storeChecked(photo, bytes);
        em.persist(photo);
        workflow.accept(project, null);
        startCheck(photo);
        return photo;
    }

    /** POST photos/uploads: a presigned PUT for a direct upload to the object store. */
    public UploadTicket requestUpload(UUID projectId, String token, String type, String note, String contentType) {
        PhotoType photoType = parseType(type);
        String cleanNote = cleanNote(photoType, note);
        if (contentType == null || !List.of("image/jpeg", "image/png", "image/webp", "image/heic").contains(contentType)) {
            throw new ProblemException(400, "CONTENT_TYPE_INVALID",
                    "contentType must be image/jpeg, image/png, image/webp or image/heic.", "contentType");
        }
        Project project = workflow.open(projectId, token, ProjectAction.REQUEST_PHOTO_UPLOAD);
        requireRoomFor(projectId, photoType);
        Photo photo = new Photo(UUID.randomUUID(), projectId, photoType, cleanNote, nextSortOrder(projectId), clock.instant());
        String uploadKey = ProjectObjects.prefix(projectId) + "uploads/" + photo.getId();
        photo.awaitUpload(uploadKey);
        em.persist(photo);
        workflow.accept(project, null);
        return new UploadTicket(photo.getId(), objectStore.presignPut(uploadKey, contentType, uploadUrlValidity), "PUT",
                Map.of("Content-Type", contentType), clock.instant().plus(uploadUrlValidity));
    }

    /** POST photos/{photoId}/confirm: the direct upload arrived; it goes through the same checks as a multipart one. */
    public Photo confirmUpload(UUID projectId, String token, UUID photoId) {
        Project project = workflow.open(projectId, token, ProjectAction.CONFIRM_PHOTO_UPLOAD);
        Photo photo = photoOf(projectId, photoId);
        if (photo.getValidationStatus() != ValidationStatus.AWAITING_UPLOAD) {
            throw new ProblemException(409, "UPLOAD_ALREADY_CONFIRMED", "This photo's upload was already confirmed.");
        }
        String uploadKey = photo.getUploadKey();
        // A direct upload's size is known only now: what is over the limit is never loaded.
        if (objectStore.list(uploadKey).stream().anyMatch(o -> o.size() > maxBytes)) {
            objectStore.deletePrefix(uploadKey);
            throw new ProblemException(413, "FILE_TOO_LARGE", "A photo may be at most " + maxBytes + " bytes.", "file");
        }
        byte[] bytes;
        try {
            bytes = objectStore.get(uploadKey);
        } catch (ObjectNotFoundException e) {
            throw new ProblemException(409, "UPLOAD_NOT_FOUND", "Nothing was uploaded to the upload URL yet.");
        }
        try {
            storeChecked(photo, bytes);
        } finally {
            objectStore.deletePrefix(uploadKey);
        }
        workflow.accept(project, null);
        startCheck(photo);
        return photo;
    }

    /** POST photos/{photoId}/validate: run the checks again (e.g. after thresholds changed). */
    public Photo validate(UUID projectId, String token, UUID photoId) {
        Project project = workflow.open(projectId, token, ProjectAction.VALIDATE_PHOTO);
        Photo photo = photoOf(projectId, photoId);
        if (photo.getStorageKey() == null) {
            throw new ProblemException(409, "UPLOAD_NOT_CONFIRMED", "The photo's upload has not been confirmed yet.");
        }
        photo.revalidate();
        workflow.accept(project, null);
        startCheck(photo);
        return photo;
    }

    /** DELETE photos/{photoId}: only before photos/ready. */
    public void delete(UUID projectId, String token, UUID photoId) {
        Project project = workflow.open(projectId, token, ProjectAction.DELETE_PHOTO);
        Photo photo = photoOf(projectId, photoId);
        em.remove(photo);
        objectStore.deletePrefix(ProjectObjects.prefix(projectId) + "photos/" + photoId);
        objectStore.deletePrefix(ProjectObjects.prefix(projectId) + "uploads/" + photoId);
        workflow.accept(project, null);
    }

    /** POST photos/ready: two room photos that passed, and every other photo passed too. */
    public void ready(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.PHOTOS_READY);
        List<Photo> photos = photosOf(projectId);
        List<Map<String, Object>> problems = new ArrayList<>();
        long roomPassed = photos.stream().filter(p -> p.getType() == PhotoType.ROOM
                && p.getValidationStatus() == ValidationStatus.PASSED).count();
        for (Photo photo : photos) {
            if (photo.getValidationStatus() != ValidationStatus.PASSED) {
                problems.add(Map.of("photoId", photo.getId().toString(), "validationStatus", photo.getValidationStatus().wireName()));
            }
        }
        if (roomPassed != ROOM_PHOTOS || !problems.isEmpty()) {
            throw new ProblemException(409, "PHOTOS_NOT_READY", "Two room photos that passed the checks are needed, "
                    + "and every photo must have passed (delete or replace the others); " + roomPassed + " room photos passed.",
                    null, Map.of("photos", problems, "roomPhotosPassed", roomPassed));
        }
        workflow.accept(project, ProjectStep.SCAN);
    }

    public List<Photo> photosOf(UUID projectId) {
        return em.createQuery("select p from Photo p where p.projectId = :project order by p.sortOrder", Photo.class)
                .setParameter("project", projectId).getResultList();
    }

    private void storeChecked(Photo photo, byte[] bytes) {
        InspectedUpload inspected;
        byte[] clean;
        try {
            inspected = new UploadInspector(new UploadLimits(maxBytes, maxPixels, maxMetadataBytes)).inspect(bytes);
            // Re-encoding keeps the pixels (turned upright) and nothing else: no metadata, no trailing payload.
            clean = ImageCodec.reencodeJpeg(bytes, maxPixels, Integer.MAX_VALUE, jpegQuality);
        } catch (ImageRejectedException e) {
            throw rejection(e);
        }
        String key = ProjectObjects.prefix(photo.getProjectId()) + "photos/" + photo.getId() + ".jpg";
        objectStore.put(key, clean, "image/jpeg");
        photo.stored(key, inspected.format().name().toLowerCase(java.util.Locale.ROOT), inspected.uprightWidth(),
                inspected.uprightHeight(), clean.length);
    }

    private void startCheck(Photo photo) {
        launcher.launch(photo.getProjectId(), PHOTO_CHECK_JOB, photo.getId(), Map.of("photoId", photo.getId().toString()));
    }

    static ProblemException rejection(ImageRejectedException e) {
        int status = switch (e.code()) {
            case FILE_TOO_LARGE, IMAGE_TOO_LARGE -> 413;
            case UNSUPPORTED_IMAGE_TYPE, UNSUPPORTED_IMAGE_ENCODING -> 415;
            case EMPTY_FILE -> 400;
            default -> 422;
        };
        return new ProblemException(status, e.code().name(), e.getMessage(), "file");
    }

    private void requireRoomFor(UUID projectId, PhotoType type) {
        long count = (Long) em.createQuery("select count(p) from Photo p where p.projectId = :project and p.type = :type")
                .setParameter("project", projectId).setParameter("type", type).getSingleResult();
        if (type == PhotoType.ROOM && count >= ROOM_PHOTOS) {
            throw new ProblemException(409, "TOO_MANY_ROOM_PHOTOS", "A project has exactly " + ROOM_PHOTOS
                    + " room photos; delete one to replace it.", "type");
        }
        if (type == PhotoType.INSPIRATION && count >= MAX_INSPIRATION_PHOTOS) {
            throw new ProblemException(409, "TOO_MANY_INSPIRATION_PHOTOS", "At most " + MAX_INSPIRATION_PHOTOS
                    + " inspiration photos.", "type");
        }
    }

    private int nextSortOrder(UUID projectId) {
        Number max = (Number) em.createQuery("select coalesce(max(p.sortOrder), -1) from Photo p where p.projectId = :project")
                .setParameter("project", projectId).getSingleResult();
        return max.intValue() + 1;
    }

    private Photo photoOf(UUID projectId, UUID photoId) {
        Photo photo = photoId == null ? null : em.find(Photo.class, photoId);
        if (photo == null || !photo.getProjectId().equals(projectId)) {
            throw new ProblemException(404, "PHOTO_NOT_FOUND", "The project has no such photo.");
        }
        return photo;
    }

    static PhotoType parseType(String type) {
        try {
            return WireName.parse(PhotoType.class, type == null ? "" : type.trim());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "PHOTO_TYPE_INVALID", "type must be 'room' or 'inspiration'.", "type");
        }
    }

    static String cleanNote(PhotoType type, String note) {
        String clean = Text.clean(note);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (type != PhotoType.INSPIRATION) {
            throw new ProblemException(400, "NOTE_NOT_ALLOWED", "Only inspiration photos carry a note.", "note");
        }
        if (clean.length() > MAX_NOTE_LENGTH) {
            throw new ProblemException(400, "NOTE_TOO_LONG", "A note has at most " + MAX_NOTE_LENGTH + " characters.", "note");
        }
        return clean;
    }
}
