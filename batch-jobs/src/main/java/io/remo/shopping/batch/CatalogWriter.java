package io.remo.shopping.batch;

import io.remo.catalog.api.CatalogRow;
import io.remo.catalog.api.CatalogStore;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

@Dependent
@Named("catalogWriter")
public class CatalogWriter extends AbstractItemWriter {

    @EJB(lookup = CatalogStore.JNDI_NAME)
    CatalogStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.upsert(items.stream().map(CatalogRow.class::cast).toList());
    }
}
