package io.remo.shopping.api;

import java.util.UUID;

/** The shopping-list job's access to the project (by {@link #JNDI_NAME}). */
public interface ShoppingPipeline {

    String JNDI_NAME = "java:app/remo-ejb/ShoppingPipelineService!io.remo.shopping.api.ShoppingPipeline";

    ShoppingInput input(UUID projectId, UUID imageId);

    /** Stores the list (replacing one a re-run made) and its PDF's key, and tells the phone. */
    void publish(UUID runId, UUID projectId, UUID imageId, ShoppingListView list, String pdfKey);
}
