package io.remo.shopping.list;

import java.util.List;

/**
 * The shopping list of an approved design, ready to serialise as JSON.
 *
 * @param groups             non-empty groups in {@link io.remo.shopping.catalog.CategoryGroup} order
 * @param totalEstimatedCost the sum of the shown products' {@code priceCents}, in minor units of {@code currency}
 * @param currency           the display currency
 */
public record ShoppingList(List<ShoppingListGroup> groups, long totalEstimatedCost, String currency) {

    public ShoppingList {
        groups = List.copyOf(groups);
    }
}
