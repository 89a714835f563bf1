package io.remo.shopping.batch;

import io.remo.catalog.api.CatalogRow;
import io.remo.catalog.api.CatalogStore;
import io.remo.natives.api.TextEmbeddings;
import io.remo.shopping.catalog.CatalogProduct;
import io.remo.shopping.matching.IndexedProduct;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Embeds a product that is new or changed; an unchanged one (same content hash and embedding recipe) is filtered
 * out, which is what makes a re-import cheap and idempotent.
 */
@Dependent
@Named("catalogEmbedder")
public class CatalogEmbedder implements ItemProcessor {

    /** Changes whenever {@link IndexedProduct#embeddingText} changes, so stored vectors are rebuilt. */
    static final String RECIPE = "minilm-l6-q/kind+variant/1";

    @EJB(lookup = CatalogStore.JNDI_NAME)
    CatalogStore store;

    @Inject
    TextEmbeddings embeddings;

    private Map<String, String> stored;

    @Override
    public Object processItem(Object item) {
        CatalogProduct product = (CatalogProduct) item;
        if (stored == null) {
            stored = store.fingerprints(product.retailer());
        }
        String hash = product.contentHash();
        if ((hash + "/" + RECIPE).equals(stored.get(product.sourceId()))) {
            return null;
        }
        return new CatalogRow(product.retailer(), product.sourceId(), product.name(), product.priceMinor(),
                product.currency(), CatalogJson.write(product), hash,
                embeddings.embed(IndexedProduct.embeddingText(product)), RECIPE);
    }
}
