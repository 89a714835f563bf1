package io.remo.shopping.list;

import io.remo.brief.api.DesignBrief;
import io.remo.scan.api.RoomDimensions;
import io.remo.shopping.catalog.CatalogProduct;
import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.design.DesignItem;
import io.remo.shopping.fit.FitChecker;
import io.remo.shopping.fit.FitResult;
import io.remo.shopping.fit.FitStatus;
import io.remo.shopping.matching.ProductMatch;
import io.remo.shopping.matching.ProductMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the shopping list of a design: for each item the best product, fit-checked; when the best is too large for
 * the room, the best of the other candidates that fits (or, failing that, fits tightly), provided its confidence is
 * no more than {@code maxAlternativeConfidenceDrop} below the best's; items grouped and sorted; prices converted.
 */
public final class ShoppingListAssembler {

    /** Below this confidence no product is shown for an item, only the search link. */
    public static final double DEFAULT_SHOW_PRODUCT_AT_LEAST = 0.35;
    /** How much confidence a better-fitting alternative may give up against the best match. */
    public static final double DEFAULT_MAX_ALTERNATIVE_CONFIDENCE_DROP = 0.15;

    private final ProductMatcher matcher;
    private final FitChecker fitChecker;
    private final CurrencyConversion conversion;
    private final double showProductAtLeast;
    private final double maxAlternativeConfidenceDrop;

    /** With the defaults above and prices shown in US dollars at the riyal's peg. */
    public ShoppingListAssembler(ProductMatcher matcher, FitChecker fitChecker) {
        this(matcher, fitChecker, CurrencyConversion.SAR_TO_USD, DEFAULT_SHOW_PRODUCT_AT_LEAST,
                DEFAULT_MAX_ALTERNATIVE_CONFIDENCE_DROP);
    }

    public ShoppingListAssembler(ProductMatcher matcher, FitChecker fitChecker, CurrencyConversion conversion,
            double showProductAtLeast, double maxAlternativeConfidenceDrop) {
        this.matcher = matcher;
        this.fitChecker = fitChecker;
        this.conversion = conversion;
        this.showProductAtLeast = showProductAtLeast;
        this.maxAlternativeConfidenceDrop = maxAlternativeConfidenceDrop;
    }

    /** @param room the scan, or null when the person skipped it (then no fit is judged) */
    public ShoppingList assemble(List<DesignItem> items, DesignBrief brief, RoomDimensions room) {
        Map<CategoryGroup, List<Line>> byGroup = new EnumMap<>(CategoryGroup.class);
        for (DesignItem item : items) {
            byGroup.computeIfAbsent(item.group(), group -> new ArrayList<>()).add(line(item, brief, room));
        }
        Comparator<Line> order = Comparator.comparingInt((Line line) -> line.item().sortOrder())
                .thenComparing(line -> -line.confidence());
        List<ShoppingListGroup> groups = new ArrayList<>();
        long total = 0;
        for (Map.Entry<CategoryGroup, List<Line>> group : byGroup.entrySet()) {
            List<Line> lines = new ArrayList<>(group.getValue());
            lines.sort(order);
            groups.add(new ShoppingListGroup(group.getKey().displayName(), lines.stream().map(Line::listItem).toList()));
            total += lines.stream().map(Line::listItem).filter(line -> line.priceCents() != null)
                    .mapToLong(ShoppingListItem::priceCents).sum();
        }
        return new ShoppingList(groups, total, conversion.displayCurrency());
    }

    private Line line(DesignItem item, DesignBrief brief, RoomDimensions room) {
        List<ProductMatch> ranked = matcher.rank(item, brief);
        if (ranked.isEmpty() || ranked.get(0).confidence() < showProductAtLeast) {
            double confidence = ranked.isEmpty() ? 0 : ranked.get(0).confidence();
            return new Line(item, confidence, new ShoppingListItem(item.description(), null, null, null, null, null,
                    null, null, null, null, round(confidence), "Nothing in the catalogue matches “"
                    + item.description().strip() + "” closely enough; search the store instead.", null, null,
                    matcher.searchFallbackUrl(item)));
        }
        ProductMatch chosen = ranked.get(0);
        FitResult fit = fit(item, chosen, room);
        if (fit != null && fit.status() == FitStatus.TOO_LARGE) {
            Fitted alternative = betterFitting(item, ranked, room);
            if (alternative != null) {
                chosen = alternative.match().withWhyMatched(alternative.match().whyMatched() + " Chosen over "
                        + productName(chosen.product().product()) + ", which does not fit: " + lowerFirst(fit.detail()));
                fit = alternative.fit();
            }
        }
        CatalogProduct product = chosen.product().product();
        return new Line(item, chosen.confidence(), new ShoppingListItem(
                item.description(),
                productName(product),
                product.retailer(),
                conversion.toDisplayMinor(product.priceMinor(), product.currency()),
                conversion.displayCurrency(),
                product.priceMinor(),
                product.currency(),
                product.productUrl(),
                null,
                product.dimensions().isUnknown() ? null : product.dimensions(),
                round(chosen.confidence()),
                chosen.whyMatched(),
                fit == null || fit.status() == null ? null : fit.status().jsonValue(),
                fit == null ? null : fit.detail(),
                matcher.needsFallback(chosen) ? matcher.searchFallbackUrl(item) : null));
    }

    /** The first other candidate that fits, else the first that fits tightly, among those close enough to the best. */
    private Fitted betterFitting(DesignItem item, List<ProductMatch> ranked, RoomDimensions room) {
        double floor = Math.max(showProductAtLeast, ranked.get(0).confidence() - maxAlternativeConfidenceDrop);
        List<Fitted> alternatives = ranked.subList(1, ranked.size()).stream()
                .filter(match -> match.groupAgrees() && match.confidence() >= floor)
                .map(match -> new Fitted(match, fit(item, match, room)))
                .filter(fitted -> fitted.fit() != null && fitted.fit().status() != null)
                .toList();
        for (FitStatus acceptable : List.of(FitStatus.FITS, FitStatus.TIGHT)) {
            for (Fitted alternative : alternatives) {
                if (alternative.fit().status() == acceptable) {
                    return alternative;
                }
            }
        }
        return null;
    }

    private FitResult fit(DesignItem item, ProductMatch match, RoomDimensions room) {
        CatalogProduct product = match.product().product();
        return fitChecker.check(item, noun(product.kind()), product.dimensions(), room);
    }

    /** "Bookcase" → "bookcase", "TV bench" stays: the kind as a noun inside a sentence. */
    static String noun(String kind) {
        boolean acronym = kind.length() > 1 && Character.isUpperCase(kind.charAt(1));
        return acronym ? kind : lowerFirst(kind);
    }

    /** "KIVIK 3-seat sofa". */
    static String productName(CatalogProduct product) {
        return product.name() + " " + product.kind();
    }

    private static String lowerFirst(String sentence) {
        return sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    private record Line(DesignItem item, double confidence, ShoppingListItem listItem) {
    }

    private record Fitted(ProductMatch match, FitResult fit) {
    }
}
