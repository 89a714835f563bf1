package io.remo.pipeline.batch;

import io.remo.pipeline.api.PipelineFailure;
import io.remo.storage.api.ObjectNotFoundException;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import io.remo.storage.api.StorageUnavailableException;

/** A step's reads from the object store, failing the way the pipeline reports: missing for good, or for now. */
public final class PipelineObjects {

    private PipelineObjects() {
    }

    /**
     * @throws PipelineFailure with {@code missingCode} when the object is not there; a transient
     *                         {@code STORAGE_UNAVAILABLE} one (retried) when the store cannot be reached
     */
    public static byte[] get(ObjectStore store, String key, String missingCode, String missingMessage) {
        try {
            return store.get(key);
        } catch (ObjectNotFoundException e) {
            throw new PipelineFailure(missingCode, missingMessage, e);
        } catch (StorageUnavailableException e) {
            throw new PipelineFailure.Transient("STORAGE_UNAVAILABLE", e.getMessage(), e);
        }
    }

    /**
     * A room photo as the pipeline reads it: the photo check's copy at the working size, else the photo itself
     * (checked before copies were made, or at another working size).
     */
    public static byte[] roomPhoto(ObjectStore store, String photoKey, int workingLongSide) {
        try {
            return store.get(ProjectObjects.workingCopy(photoKey, workingLongSide));
        } catch (ObjectNotFoundException e) {
            return get(store, photoKey, "PHOTO_MISSING", "a room photo is missing from storage");
        } catch (StorageUnavailableException e) {
            throw new PipelineFailure.Transient("STORAGE_UNAVAILABLE", e.getMessage(), e);
        }
    }
}
