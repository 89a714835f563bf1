package io.remo.shopping.catalog;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the IKEA catalogue file (ikea.com/sa, 2020): semicolon-separated, UTF-8 with a byte order mark, decimal commas
 * in prices and sizes, columns found by their header names (row number, item_id, name, category, price, old_price,
 * sellable_online, link, other_colors, short_description, designer, depth, height, width).
 *
 * <p>Values as they occur: price "265,0" (SAR, decimal comma); old_price "No old price", "SR 1,995" (comma groups
 * thousands), "SR 50/4 pack" (the price of a pack); sellable_online TRUE/FALSE; other_colors Yes/No; item_id without
 * its leading zeros ("368814" is article 00368814, as the link shows); designer sometimes holds the article number and
 * a product text instead ("502.638.38 Shallow shelves…"), kept as {@link CatalogProduct#details()}; depth, height,
 * width in whole centimetres or empty. A product listed in several categories has one row per category.
 */
public final class IkeaCatalogReader {

    /** Where the application ships the file. */
    public static final String BUNDLED_CATALOG = "/catalog/ikea-catalog.csv";
    public static final String RETAILER = "IKEA";
    public static final String CURRENCY = "SAR";

    private static final List<String> COLUMNS = List.of("item_id", "name", "category", "price", "old_price",
            "sellable_online", "link", "other_colors", "short_description", "designer", "depth", "height", "width");
    private static final Pattern OLD_PRICE = Pattern.compile("SR ([\\d,]+(?:\\.\\d+)?)(?:/(\\d+) pack)?");
    private static final Pattern ARTICLE_NUMBER_TEXT = Pattern.compile("(\\d{3}\\.\\d{3}\\.\\d{2})\\s+(.*)", Pattern.DOTALL);
    private static final Set<String> LINK_FILLER_WORDS = Set.of("with", "and", "in", "for", "of", "w", "the", "a");
    private static final int ARTICLE_NUMBER_DIGITS = 8;
    private static final Pattern ITEM_ID = Pattern.compile("\\d{1," + ARTICLE_NUMBER_DIGITS + "}");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final DescriptionSizeParser sizeParser = new DescriptionSizeParser();
    private final ProductSizeResolver sizeResolver;

    public IkeaCatalogReader() {
        this(new ProductSizeResolver());
    }

    public IkeaCatalogReader(ProductSizeResolver sizeResolver) {
        this.sizeResolver = sizeResolver;
    }

    /** Opens the catalogue shipped on the class path. */
    public static Reader openBundled() {
        InputStream in = IkeaCatalogReader.class.getResourceAsStream(BUNDLED_CATALOG);
        if (in == null) {
            throw new IllegalStateException(BUNDLED_CATALOG + " is not on the class path");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * One product per row, in file order, read lazily: a product listed in several categories comes once per
     * category. The caller closes {@code in}.
     */
    public Stream<CatalogProduct> listings(Reader in) {
        CsvRecordReader records = new CsvRecordReader(in, ';');
        if (!records.hasNext()) {
            throw new CatalogFormatException("empty catalogue");
        }
        Map<String, Integer> index = headerIndex(records.next());
        return records.stream()
                .filter(row -> row.size() > 1 || !row.get(0).isBlank())
                .map(row -> product(row, index, records.recordLine()));
    }

    /** One product per article number, with every category it is listed in; first-listed order. */
    public List<CatalogProduct> products(Reader in) {
        Map<String, CatalogProduct> bySourceId = new LinkedHashMap<>();
        try (Stream<CatalogProduct> listings = listings(in)) {
            listings.forEach(listing -> bySourceId.merge(listing.sourceId(), listing,
                    (first, again) -> first.withCategories(again.categories())));
        }
        return List.copyOf(bySourceId.values());
    }

    private static Map<String, Integer> headerIndex(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).strip(), i);
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                throw new CatalogFormatException("no column " + column + " in header " + header);
            }
        }
        return index;
    }

    private CatalogProduct product(List<String> row, Map<String, Integer> index, long line) {
        if (row.size() < index.size()) {
            throw new CatalogFormatException("line " + line + ": " + row.size() + " fields, expected " + index.size());
        }
        try {
            String sourceId = articleNumber(field(row, index, "item_id"));
            String name = field(row, index, "name");
            String link = field(row, index, "link");
            ShortDescription description = ShortDescription.parse(field(row, index, "short_description"), sizeParser);
            Dimensions columns = new Dimensions(centimetres(field(row, index, "width")),
                    centimetres(field(row, index, "depth")), centimetres(field(row, index, "height")));
            ProductSizeResolver.Resolved size = sizeResolver.resolve(ProductType.of(description.type()),
                    description.size(), columns);
            String oldPrice = field(row, index, "old_price");
            Matcher old = OLD_PRICE.matcher(oldPrice);
            boolean hasOldPrice = !oldPrice.equalsIgnoreCase("No old price");
            if (hasOldPrice && !old.matches()) {
                throw new CatalogFormatException("old price " + oldPrice);
            }
            int packSize = Math.max(hasOldPrice && old.group(2) != null ? Integer.parseInt(old.group(2)) : 1,
                    description.size() == null ? 1 : description.size().packSize());
            String designerColumn = emptyToNull(field(row, index, "designer"));
            Matcher articleText = designerColumn == null ? null : ARTICLE_NUMBER_TEXT.matcher(designerColumn);
            boolean designerHoldsText = articleText != null && articleText.matches();
            String shortDescription = ShortDescription.collapseWhitespace(field(row, index, "short_description"));
            return new CatalogProduct(
                    sourceId,
                    RETAILER,
                    name,
                    List.of(field(row, index, "category")),
                    minorUnits(field(row, index, "price").replace(',', '.')),
                    CURRENCY,
                    hasOldPrice ? minorUnits(old.group(1).replace(",", "")) : null,
                    packSize,
                    bool(field(row, index, "sellable_online"), "TRUE", "FALSE"),
                    link,
                    bool(field(row, index, "other_colors"), "Yes", "No"),
                    shortDescription,
                    description.type(),
                    variant(link, name, description.type()),
                    designerHoldsText ? null : designerColumn,
                    designerHoldsText ? articleText.group(2).strip() : null,
                    size.dimensions(),
                    size.source());
        } catch (NumberFormatException e) {
            throw new CatalogFormatException("line " + line + ": " + e.getMessage());
        } catch (CatalogFormatException e) {
            throw new CatalogFormatException("line " + line + ": " + e.getMessage());
        }
    }

    private static String field(List<String> row, Map<String, Integer> index, String column) {
        return row.get(index.get(column)).strip();
    }

    private static String articleNumber(String itemId) {
        if (!ITEM_ID.matcher(itemId).matches()) {
            throw new CatalogFormatException("item_id " + itemId);
        }
        return "0".repeat(ARTICLE_NUMBER_DIGITS - itemId.length()) + itemId;
    }

    private static long minorUnits(String decimal) {
        return new BigDecimal(decimal).movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static Double centimetres(String value) {
        if (value.isEmpty()) {
            return null;
        }
        double cm = Double.parseDouble(value.replace(',', '.'));
        return cm > 0 ? cm : null;
    }

    private static boolean bool(String value, String yes, String no) {
        if (value.equalsIgnoreCase(yes)) {
            return true;
        }
        if (value.equalsIgnoreCase(no)) {
            return false;
        }
        throw new CatalogFormatException("expected " + yes + " or " + no + ": " + value);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /**
     * The words of the product page address that are neither the name nor the kind: IKEA addresses end with the
     * variant, "…/kivik-3-seat-sofa-hillared-beige-s19282815/" → "hillared beige".
     */
    static String variant(String link, String name, String kind) {
        String[] path = TRAILING_SLASHES.matcher(link).replaceAll("").split("/");
        List<String> slug = Arrays.asList(path[path.length - 1].split("-"));
        if (slug.size() < 2) {
            return "";
        }
        Set<String> known = Stream.concat(words(name).stream(), words(kind).stream()).collect(Collectors.toSet());
        return slug.subList(0, slug.size() - 1).stream()
                .filter(word -> !known.contains(word) && !LINK_FILLER_WORDS.contains(word))
                .collect(Collectors.joining(" "));
    }

    /** Lower-case ASCII words, transliterated as IKEA's addresses do (Ö → oe, Ä → ae, Å → a). */
    static List<String> words(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("'", "").replace("’", "");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NOT_ALPHANUMERIC.split(folded)).filter(word -> !word.isEmpty()).toList();
    }
}
