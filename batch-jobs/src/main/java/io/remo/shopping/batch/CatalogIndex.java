package io.remo.shopping.batch;

import io.remo.catalog.api.CatalogRow;
import io.remo.catalog.api.CatalogStore;
import io.remo.shopping.matching.IndexedProduct;
import io.remo.shopping.matching.ProductIndex;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The stored catalogue with its embeddings, loaded once per node and again only when an import changed it (the
 * store's version moves).
 */
@ApplicationScoped
public class CatalogIndex {

    @EJB(lookup = CatalogStore.JNDI_NAME)
    CatalogStore store;

    private volatile Loaded loaded;

    private record Loaded(long version, ProductIndex index) {
    }

    public ProductIndex index() {
        long version = store.version();
        Loaded current = loaded;
        if (current == null || current.version() != version) {
            synchronized (this) {
                current = loaded;
                if (current == null || current.version() != version) {
                    current = new Loaded(version, new ProductIndex(store.all().stream().map(CatalogIndex::indexed).toList()));
                    loaded = current;
                }
            }
        }
        return current.index();
    }

    private static IndexedProduct indexed(CatalogRow row) {
        return IndexedProduct.of(CatalogJson.read(row.productJson()), row.embedding());
    }
}
