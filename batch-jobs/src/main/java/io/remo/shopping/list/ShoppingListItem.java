package io.remo.shopping.list;

import io.remo.shopping.catalog.Dimensions;

/**
 * One line of the list: a design item and the product for it. Without a product good enough to show, the product
 * fields are null and {@code searchFallbackUrl} is what to follow.
 *
 * @param itemDescription   the design item, "white linen three-seat sofa"
 * @param productName       "KIVIK 3-seat sofa", or null
 * @param retailer          "IKEA", or null
 * @param priceCents        price in the display currency's minor units, or null
 * @param currency          the display currency, or null
 * @param sourcePriceCents  price in the catalogue's currency's minor units, as the catalogue has it, or null
 * @param sourceCurrency    the catalogue's currency ("SAR"), or null
 * @param productUrl        the product page, or null
 * @param imageUrl          a product picture; null while the catalogue has none (the IKEA file has no images)
 * @param dimensions        the product's size in centimetres, or null
 * @param confidenceScore   0..1 (three decimals): how well the best product matches, also when none is shown
 * @param whyMatched        a sentence on what agreed, or why no product is shown
 * @param fitStatus         "fits", "tight", "too_large", or null without a scan or a size
 * @param fitDetail         a sentence on the fit, or null without a scan
 * @param searchFallbackUrl the retailer's search for the item when the match is weak, else null
 */
public record ShoppingListItem(
        String itemDescription,
        String productName,
        String retailer,
        Long priceCents,
        String currency,
        Long sourcePriceCents,
        String sourceCurrency,
        String productUrl,
        String imageUrl,
        Dimensions dimensions,
        Double confidenceScore,
        String whyMatched,
        String fitStatus,
        String fitDetail,
        String searchFallbackUrl) {
}
