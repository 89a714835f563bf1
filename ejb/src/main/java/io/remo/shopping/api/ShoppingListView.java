package io.remo.shopping.api;

import java.util.List;

/**
 * The shopping list as the API returns it (GET shopping-list): groups by category, items with their product, price,
 * fit and why they matched. Prices are in minor units (cents) of {@code currency}; each item also keeps the
 * retailer's own price and currency.
 */
public record ShoppingListView(List<Group> groups, long totalEstimatedCost, String currency) {

    public ShoppingListView {
        groups = List.copyOf(groups);
    }

    public record Group(String category, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** @param dimensions the product's size, or null when the catalogue does not know it */
    public record Item(String itemDescription, String productName, String retailer, Long priceCents, String currency,
                       Long sourcePriceCents, String sourceCurrency, String productUrl, String imageUrl, Size dimensions,
                       Double confidenceScore, String whyMatched, String fitStatus, String fitDetail,
                       String searchFallbackUrl) {
    }

    /** Centimetres; a side is null when unknown. */
    public record Size(Double width, Double depth, Double height, String unit) {
    }
}
