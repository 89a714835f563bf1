package io.remo.photo.boundary;

import io.remo.photo.control.PhotoService;
import io.remo.photo.entity.Photo;
import io.remo.platform.boundary.Multipart;
import io.remo.project.boundary.ProjectAccess;
import io.remo.project.control.ProjectService;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.control.ProjectView;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("projects/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "photos")
public class PhotosResource extends ProjectAccess {

    @EJB
    PhotoService photos;

    @EJB
    ProjectService projects;

    @EJB
    ProjectStateReader states;

    @EJB
    ObjectStore objectStore;

    @Inject
    @ConfigProperty(name = "remo.upload.max-bytes")
    long maxBytes;

    /** Body of photos/uploads. */
    public record UploadRequest(String type, String note, String contentType) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a photo: parts 'file' (JPEG, PNG, WebP or HEIC, at most 20 MB), 'type' (room | "
            + "inspiration) and 'note' (inspiration only, at most 200 characters)")
    @APIResponse(responseCode = "201", description = "The photo, pending its checks (follow them on the event stream)")
    @APIResponse(responseCode = "400", description = "PHOTO_TYPE_INVALID, NOTE_NOT_ALLOWED, NOTE_TOO_LONG, FILE_REQUIRED, EMPTY_FILE")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, TOO_MANY_ROOM_PHOTOS, TOO_MANY_INSPIRATION_PHOTOS")
    @APIResponse(responseCode = "413", description = "FILE_TOO_LARGE, IMAGE_TOO_LARGE (pixels)")
    @APIResponse(responseCode = "415", description = "UNSUPPORTED_IMAGE_TYPE, UNSUPPORTED_IMAGE_ENCODING")
    @APIResponse(responseCode = "422", description = "TRUNCATED_IMAGE, CORRUPT_IMAGE, POLYGLOT_FILE, METADATA_TOO_LARGE")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"type", "file"}, properties = {
                    @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = {"room", "inspiration"}),
                    @SchemaProperty(name = "note", type = SchemaType.STRING, maxLength = 200),
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary")})))
    public Response upload(List<EntityPart> parts) {
        String type = Multipart.text(parts, "type", 64).orElse(null);
        String note = Multipart.text(parts, "note", 4096).orElse(null);
        byte[] file = Multipart.bytes(parts, "file", maxBytes, "FILE_TOO_LARGE").orElse(null);
        Photo photo = photos.upload(projectId, token(), type, note, file);
        return Response.status(Response.Status.CREATED).entity(view(photo)).build();
    }

    @POST
    @Path("uploads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Announce a direct upload: returns a presigned PUT URL (15 minutes) for the photo's bytes; "
            + "confirm it afterwards")
    @APIResponse(responseCode = "201", description = "{photoId, uploadUrl, method, headers, expiresAt}")
    @APIResponse(responseCode = "400", description = "PHOTO_TYPE_INVALID, CONTENT_TYPE_INVALID, NOTE_NOT_ALLOWED, NOTE_TOO_LONG")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, TOO_MANY_ROOM_PHOTOS, TOO_MANY_INSPIRATION_PHOTOS")
    public Response requestUpload(UploadRequest body) {
        var ticket = photos.requestUpload(projectId, token(), body == null ? null : body.type(),
                body == null ? null : body.note(), body == null ? null : body.contentType());
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }

    @POST
    @Path("{photoId}/confirm")
    @Operation(summary = "The direct upload is done: the bytes are checked like a multipart upload")
    @APIResponse(responseCode = "200", description = "The photo, pending its checks")
    @APIResponse(responseCode = "404", description = "PHOTO_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, UPLOAD_NOT_FOUND, UPLOAD_ALREADY_CONFIRMED")
    @APIResponse(responseCode = "413", description = "FILE_TOO_LARGE, IMAGE_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "UNSUPPORTED_IMAGE_TYPE")
    @APIResponse(responseCode = "422", description = "TRUNCATED_IMAGE, CORRUPT_IMAGE, POLYGLOT_FILE, METADATA_TOO_LARGE")
    public ProjectView.PhotoView confirm(@PathParam("photoId") UUID photoId) {
        return view(photos.confirmUpload(projectId, token(), photoId));
    }

    @POST
    @Path("{photoId}/validate")
    @Operation(summary = "Run the photo checks again")
    @APIResponse(responseCode = "200", description = "The photo, pending its checks")
    @APIResponse(responseCode = "404", description = "PHOTO_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, UPLOAD_NOT_CONFIRMED")
    public ProjectView.PhotoView validate(@PathParam("photoId") UUID photoId) {
        return view(photos.validate(projectId, token(), photoId));
    }

    @DELETE
    @Path("{photoId}")
    @Operation(summary = "Remove a photo (before photos/ready)")
    @APIResponse(responseCode = "204", description = "Deleted, image included")
    @APIResponse(responseCode = "404", description = "PHOTO_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP")
    public Response delete(@PathParam("photoId") UUID photoId) {
        photos.delete(projectId, token(), photoId);
        return Response.noContent().build();
    }

    @POST
    @Path("ready")
    @Operation(summary = "The photos are complete: two room photos that passed their checks")
    @APIResponse(responseCode = "200", description = "The project, now in step scan")
    @APIResponse(responseCode = "409", description = "ILLEGAL_STEP, PHOTOS_NOT_READY")
    public ProjectView ready() {
        photos.ready(projectId, token());
        return states.view(projects.open(projectId, token()));
    }

    private ProjectView.PhotoView view(Photo p) {
        return new ProjectView.PhotoView(p.getId(), p.getType().wireName(), p.getValidationStatus().wireName(),
                p.getValidationError(), p.getValidationDetail(), p.getNote(), p.getWidth(), p.getHeight(),
                p.getStorageKey() == null ? null : objectStore.presignGet(p.getStorageKey()).toString());
    }
}
