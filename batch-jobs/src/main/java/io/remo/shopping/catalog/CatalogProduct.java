package io.remo.shopping.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One product of a retailer's catalogue.
 *
 * @param sourceId         the retailer's article number (IKEA: 8 digits, leading zeros restored), unique per retailer
 * @param retailer         "IKEA"
 * @param name             product name as sold ("BILLY", "NORDVIKEN / NORDVIKEN")
 * @param categories       the catalogue's categories, sorted; a product listed in several has them all
 * @param priceMinor       price in minor units of {@code currency} (halalas for SAR)
 * @param currency         ISO 4217 code of both prices
 * @param oldPriceMinor    the price before a reduction, or null
 * @param packSize         how many pieces the price buys (old price "SR 50/4 pack", description "2 pack"); usually 1
 * @param sellableOnline   whether the retailer sold it online
 * @param productUrl       the product page
 * @param otherColours     whether other colours exist
 * @param shortDescription the short description, whitespace collapsed ("Bookcase, 40x28x202 cm")
 * @param kind             the short description without its size ("Bookcase")
 * @param variant          colour and material words of this variant, read from the product page address where the
 *                         catalogue has no colour column ("white stained oak effect"); empty when none
 * @param designer         designer names, or null
 * @param details          a longer product text, or null (the IKEA file has it where the designer belongs)
 * @param dimensions       size in centimetres, sides null when unknown
 * @param dimensionSource  where {@code dimensions} came from
 */
public record CatalogProduct(
        String sourceId,
        String retailer,
        String name,
        List<String> categories,
        long priceMinor,
        String currency,
        Long oldPriceMinor,
        int packSize,
        boolean sellableOnline,
        String productUrl,
        boolean otherColours,
        String shortDescription,
        String kind,
        String variant,
        String designer,
        String details,
        Dimensions dimensions,
        DimensionSource dimensionSource) {

    private static final char FIELD_SEPARATOR = '\u001F';

    public CatalogProduct {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(retailer, "retailer");
        Objects.requireNonNull(name, "name");
        categories = categories.stream().distinct().sorted().toList();
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(productUrl, "productUrl");
        Objects.requireNonNull(shortDescription, "shortDescription");
        Objects.requireNonNull(kind, "kind");
        variant = variant == null ? "" : variant;
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(dimensionSource, "dimensionSource");
        if (priceMinor < 0 || packSize < 1) {
            throw new IllegalArgumentException("price " + priceMinor + ", pack " + packSize + " of " + sourceId);
        }
    }

    /** This product listed under one more category. */
    public CatalogProduct withCategories(List<String> moreCategories) {
        var all = new java.util.ArrayList<>(categories);
        all.addAll(moreCategories);
        return new CatalogProduct(sourceId, retailer, name, all, priceMinor, currency, oldPriceMinor, packSize,
                sellableOnline, productUrl, otherColours, shortDescription, kind, variant, designer, details,
                dimensions, dimensionSource);
    }

    /**
     * SHA-256 (hex) of every field: equal for equal content whatever the row order of the file, so a re-import
     * updates in place only the products whose hash changed (and re-embeds only those).
     */
    public String contentHash() {
        var text = new StringBuilder();
        for (Object field : new Object[] {sourceId, retailer, name, String.join("|", categories), priceMinor,
                currency, oldPriceMinor, packSize, sellableOnline, productUrl, otherColours, shortDescription, kind,
                variant, designer, details, dimensions.widthCm(), dimensions.depthCm(), dimensions.heightCm(),
                dimensionSource}) {
            text.append(field == null ? "\u0000" : field.toString()).append(FIELD_SEPARATOR);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
