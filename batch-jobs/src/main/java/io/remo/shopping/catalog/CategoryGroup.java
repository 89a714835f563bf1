package io.remo.shopping.catalog;

/** The groups a shopping list is organised in, in the order the list shows them. */
public enum CategoryGroup {
    SEATING("Seating"),
    TABLES("Tables"),
    STORAGE("Storage"),
    BEDS("Beds"),
    LIGHTING("Lighting"),
    RUGS_AND_FLOORING("Rugs & Flooring"),
    DECOR("Decor"),
    TEXTILES("Textiles");

    private final String displayName;

    CategoryGroup(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
