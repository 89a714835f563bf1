package io.remo.pipeline.batch;

import io.remo.pipeline.api.PipelineFailure;
import io.remo.storage.api.ObjectNotFoundException;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import io.remo.storage.api.StorageUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A step's reads and writes of the object store, failing the way the pipeline reports: missing for good, or
 * unreachable for now ({@code STORAGE_UNAVAILABLE}, which the steps retry).
 */
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
            throw unavailable(e);
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
            throw unavailable(e);
        }
    }

    /** @throws PipelineFailure.Transient {@code STORAGE_UNAVAILABLE} when the store cannot be reached */
    public static void put(ObjectStore store, String key, byte[] bytes, String contentType) {
        try {
            store.put(key, bytes, contentType);
        } catch (StorageUnavailableException e) {
            throw unavailable(e);
        }
    }

    /**
     * A step's several files, each uploaded as soon as it is encoded: the uploads wait for the store together
     * while the next file encodes, rather than one after another (each PUT is some 10 ms of waiting).
     */
    public static Uploads uploads(ObjectStore store) {
        return new Uploads(store);
    }

    public static final class Uploads {
        private final ObjectStore store;
        private final List<Future<Void>> started = new ArrayList<>();

        private Uploads(ObjectStore store) {
            this.store = store;
        }

        public void start(String key, byte[] bytes, String contentType) {
            started.add(store.putAsync(key, bytes, contentType));
        }

        /**
         * Waits for every upload, then fails with the first failure, mapped like {@link #put}: none is left running
         * behind a retry of the step.
         */
        public void await() {
            RuntimeException failure = null;
            for (Future<Void> upload : started) {
                try {
                    upload.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof StorageUnavailableException unavailable ? unavailable(unavailable)
                                : e.getCause() instanceof RuntimeException other ? other
                                : new IllegalStateException("upload failed", e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PipelineFailure.Transient("STORAGE_UNAVAILABLE", "interrupted while storing", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static PipelineFailure.Transient unavailable(StorageUnavailableException e) {
        return new PipelineFailure.Transient("STORAGE_UNAVAILABLE", e.getMessage(), e);
    }
}
