package io.remo.shopping.batch;

import io.remo.shopping.catalog.CatalogProduct;
import io.remo.shopping.catalog.IkeaCatalogReader;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the catalogue file (remo.catalog.path, or the copy shipped in this jar), one product per article; the
 * checkpoint is the position, so a restarted import continues where it stopped.
 */
@Dependent
@Named("catalogReader")
public class CatalogReader extends AbstractItemReader {

    static final String BUNDLED = "bundled";

    @Inject
    @ConfigProperty(name = "remo.catalog.path", defaultValue = BUNDLED)
    String path;

    private List<CatalogProduct> products;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        try (Reader reader = BUNDLED.equals(path) ? IkeaCatalogReader.openBundled()
                : Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
            products = new IkeaCatalogReader().products(reader);
        }
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < products.size() ? products.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
