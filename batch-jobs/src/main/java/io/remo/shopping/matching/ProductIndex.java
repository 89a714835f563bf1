package io.remo.shopping.matching;

import io.remo.shopping.catalog.CatalogProduct;
import java.util.List;

/** The products a matcher ranks, each with its embedding. */
public record ProductIndex(List<IndexedProduct> products) {

    public ProductIndex {
        products = List.copyOf(products);
        if (products.stream().mapToInt(product -> product.unitEmbedding().length).distinct().count() > 1) {
            throw new IllegalArgumentException("all embeddings must have the same size");
        }
    }

    /** Embeds every product now, one after the other, as an importer does before it stores the vectors. */
    public static ProductIndex build(List<CatalogProduct> products, SentenceEmbedder embedder) {
        return new ProductIndex(products.stream()
                .map(product -> IndexedProduct.of(product, embedder.embed(IndexedProduct.embeddingText(product))))
                .toList());
    }
}
