package io.remo.shopping.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole shipped catalogue: every row reads, and how much of it has a size. */
class BundledCatalogTest {

    /** A last description segment that looks like a size: a number with a unit, or two numbers joined by x. */
    private static final Pattern SIZE_LIKE = Pattern.compile(".*(\\d\\s*(cm|mm|\")|\\d\\s*[x×]\\s*\\d|\\d/\\d).*");

    /** The distinct shapes of sizes in the file ("N cm", "NxN cm", "NxNxN-N cm", "N/N/N", "N-N \"", …). */
    private static final int EXPECTED_FORMS = 21;

    private static List<CatalogProduct> listings;
    private static List<CatalogProduct> products;
    private static long parseMillis;

    @BeforeAll
    static void read() throws IOException {
        var reader = new IkeaCatalogReader();
        long start = System.nanoTime();
        try (Reader in = IkeaCatalogReader.openBundled()) {
            products = reader.products(in);
        }
        parseMillis = (System.nanoTime() - start) / 1_000_000;
        try (Reader in = IkeaCatalogReader.openBundled(); Stream<CatalogProduct> rows = reader.listings(in)) {
            listings = rows.toList();
        }
    }

    @Test
    void everyRowReadsAndDuplicatesMerge() {
        assertThat(listings).hasSize(3_694);
        assertThat(products).hasSize(2_962);
        assertThat(products).allSatisfy(product -> {
            assertThat(product.sourceId()).matches("\\d{8}");
            assertThat(product.productUrl()).startsWith("https://www.ikea.com/sa/en/p/").contains(product.sourceId());
            assertThat(product.priceMinor()).isPositive();
            assertThat(product.currency()).isEqualTo("SAR");
        });
        assertThat(products.stream().mapToInt(product -> product.categories().size()).sum()).isEqualTo(3_694);
        System.out.printf("catalogue: %d rows, %d products, read in %d ms%n", listings.size(), products.size(), parseMillis);
    }

    @Test
    void everySizeInADescriptionIsRead() {
        var parser = new DescriptionSizeParser();
        long withSize = 0;
        long screenDiagonals = 0;
        long packs = 0;
        Map<String, Long> forms = new TreeMap<>();
        for (CatalogProduct product : products) {
            ShortDescription description = ShortDescription.parse(product.shortDescription(), parser);
            if (description.size() != null) {
                withSize++;
                forms.merge(description.sizeText().replaceAll("\\d+(\\.\\d+)?", "N"), 1L, Long::sum);
                screenDiagonals += description.size().screenDiagonal() ? 1 : 0;
                packs += description.size().packSize() > 1 ? 1 : 0;
            } else {
                String last = product.shortDescription().substring(product.shortDescription().lastIndexOf(',') + 1);
                assertThat(last).as(product.shortDescription()).doesNotMatch(SIZE_LIKE);
            }
        }
        System.out.printf("descriptions: %d of %d carry a size, all read (%d TV screen diagonals, %d packs); "
                + "%d carry none; forms read: %s%n", withSize, products.size(), screenDiagonals, packs,
                products.size() - withSize, forms);
        assertThat(forms).hasSize(EXPECTED_FORMS);
        assertThat(withSize).isEqualTo(2_111);
        assertThat(screenDiagonals).isEqualTo(3);
    }

    @Test
    void sizeCoverage() {
        Map<DimensionSource, Long> bySource = new EnumMap<>(DimensionSource.class);
        products.forEach(product -> bySource.merge(product.dimensionSource(), 1L, Long::sum));
        long anySide = count(product -> !product.dimensions().isUnknown());
        long width = count(product -> product.dimensions().widthCm() != null);
        long footprint = count(product -> product.dimensions().widthCm() != null && product.dimensions().depthCm() != null);
        long complete = count(product -> product.dimensions().isComplete());
        long columnsAnySide = count(product -> product.dimensionSource() == DimensionSource.COLUMNS
                || product.dimensionSource() == DimensionSource.COLUMNS_AND_DESCRIPTION);
        System.out.printf("sizes by source %s; any side %d (%.1f%%), width %d (%.1f%%), width+depth %d (%.1f%%), "
                        + "all three %d (%.1f%%); columns alone would give any side for %d (%.1f%%)%n",
                bySource, anySide, percent(anySide), width, percent(width), footprint, percent(footprint), complete,
                percent(complete), columnsAnySide, percent(columnsAnySide));
        // The 217 without any side are slipcovers, sets ("Table+4 chairs") and TV brackets: the file has no size for them.
        assertThat(bySource.get(DimensionSource.NONE)).isEqualTo(217);
        assertThat(anySide).isEqualTo(2_745);
        assertThat(footprint).isGreaterThanOrEqualTo(2_493);
        assertThat(complete).isGreaterThanOrEqualTo(2_094);
    }

    private static long count(Predicate<CatalogProduct> predicate) {
        return products.stream().filter(predicate).count();
    }

    private static double percent(long count) {
        return 100.0 * count / products.size();
    }
}
