/**
 * The shopping list of an approved design: plain Java, no container needed.
 *
 * <ol>
 * <li>{@code catalog}: {@link io.remo.shopping.catalog.IkeaCatalogReader} reads the shipped catalogue
 * ({@code /catalog/ikea-catalog.csv}) into {@link io.remo.shopping.catalog.CatalogProduct}s, one per article number,
 * each with a {@link io.remo.shopping.catalog.CatalogProduct#contentHash()} so a re-import rewrites (and re-embeds)
 * only what changed.
 * <li>{@code matching}: an importer embeds {@link io.remo.shopping.matching.IndexedProduct#embeddingText} of each
 * product once and stores the vector; {@link io.remo.shopping.matching.IndexedProduct#of} and
 * {@link io.remo.shopping.matching.ProductIndex} take them back; {@link io.remo.shopping.matching.ProductMatcher}
 * ranks products for a {@link io.remo.shopping.design.DesignItem}.
 * <li>{@code fit}: {@link io.remo.shopping.fit.FitChecker} judges a product against the LiDAR scan.
 * <li>{@code list}: {@link io.remo.shopping.list.ShoppingListAssembler} puts it together as a JSON-ready
 * {@link io.remo.shopping.list.ShoppingList}.
 * <li>{@code document}: {@link io.remo.shopping.document.ShoppingListPdf} prints it.
 * </ol>
 *
 * <p>Every threshold, weight, clearance and rate is a constructor argument ({@code MatchingSettings},
 * {@code Clearances}, {@code CurrencyConversion}, …) with a documented default, for the wiring to fill from
 * MicroProfile Config.
 */
package io.remo.shopping;
