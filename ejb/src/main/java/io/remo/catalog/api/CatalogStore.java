package io.remo.catalog.api;

import java.util.List;
import java.util.Map;

/** The stored catalogue (batch artifacts reach it by {@link #JNDI_NAME}). */
public interface CatalogStore {

    String JNDI_NAME = "java:app/remo-ejb/CatalogStoreService!io.remo.catalog.api.CatalogStore";

    /** Content hash and embedding recipe of every stored product of the retailer, by source id. */
    Map<String, String> fingerprints(String retailer);

    /** Inserts or updates in place. */
    void upsert(List<CatalogRow> rows);

    /** The whole catalogue, for matching. */
    List<CatalogRow> all();

    /** How many products are stored; a version that changes with every import. */
    long version();
}
