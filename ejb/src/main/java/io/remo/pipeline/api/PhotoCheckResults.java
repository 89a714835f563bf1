package io.remo.pipeline.api;

import java.util.UUID;

/** The photo-check job's access to the project (by {@link #JNDI_NAME}). */
public interface PhotoCheckResults {

    String JNDI_NAME = "java:app/remo-ejb/PhotoCheckService!io.remo.pipeline.api.PhotoCheckResults";

    PhotoCheckInput input(UUID photoId);

    /** {@code failureCode} null when the photo passed; the photo's row and the phone's state follow. */
    void record(UUID photoId, String failureCode, String detail, long perceptualHash);
}
