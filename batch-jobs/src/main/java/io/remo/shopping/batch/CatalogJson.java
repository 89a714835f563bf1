package io.remo.shopping.batch;

import io.remo.shopping.catalog.CatalogProduct;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Products as stored in catalog_products.product (JSON-B, one thread-safe instance). */
final class CatalogJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private CatalogJson() {
    }

    static String write(CatalogProduct product) {
        return JSONB.toJson(product);
    }

    static CatalogProduct read(String json) {
        return JSONB.fromJson(json, CatalogProduct.class);
    }
}
