package io.remo.shopping.list;

import java.util.List;

/** @param category a {@link io.remo.shopping.catalog.CategoryGroup}'s display name, "Seating" */
public record ShoppingListGroup(String category, List<ShoppingListItem> items) {

    public ShoppingListGroup {
        items = List.copyOf(items);
    }
}
