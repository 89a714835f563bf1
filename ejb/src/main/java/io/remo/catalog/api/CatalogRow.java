package io.remo.catalog.api;

/**
 * A catalogue product as stored: the batch side owns its shape ({@code productJson}); the store keeps it with its
 * hash and embedding.
 *
 * @param embeddingRecipe names how the embedded text was made, so vectors are rebuilt when that changes
 */
public record CatalogRow(String retailer, String sourceId, String name, long priceMinor, String currency,
                         String productJson, String contentHash, float[] embedding, String embeddingRecipe) {
}
