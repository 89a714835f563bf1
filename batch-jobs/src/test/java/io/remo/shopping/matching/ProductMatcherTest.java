package io.remo.shopping.matching;

import static io.remo.shopping.TestCatalog.COFFEE_TABLE;
import static io.remo.shopping.TestCatalog.DARK_BOOKCASE;
import static io.remo.shopping.TestCatalog.FLOOR_LAMP;
import static io.remo.shopping.TestCatalog.GREY_BED;
import static io.remo.shopping.TestCatalog.GREY_SOFA;
import static io.remo.shopping.TestCatalog.NARROW_BOOKCASE;
import static io.remo.shopping.TestCatalog.SOFA_COVER;
import static io.remo.shopping.TestCatalog.TABLE_LAMP;
import static io.remo.shopping.TestCatalog.WHITE_ARMCHAIR;
import static io.remo.shopping.TestCatalog.WHITE_BED;
import static io.remo.shopping.TestCatalog.WHITE_SOFA;
import static io.remo.shopping.TestCatalog.WIDE_BOOKCASE;
import static io.remo.shopping.TestCatalog.WOOL_RUG;
import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.StyleProfile;
import io.remo.shopping.TestCatalog;
import io.remo.shopping.catalog.CatalogProduct;
import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.design.DesignItem;
import io.remo.shopping.design.Placement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMatcherTest {

    private final ProductMatcher matcher = new ProductMatcher(TestCatalog.index(), TestCatalog.embedder());

    @Test
    void whiteLinenSofaFindsTheWhiteThreeSeatSofaNotTheArmchairNorTheGreySofa() {
        List<ProductMatch> ranked = matcher.rank(item(CategoryGroup.SEATING, "white linen three-seat sofa",
                List.of("white"), List.of("linen"), null), DesignBrief.EMPTY);
        assertThat(products(ranked).get(0)).isEqualTo(WHITE_SOFA);
        assertThat(confidenceOf(ranked, WHITE_SOFA)).isGreaterThan(confidenceOf(ranked, GREY_SOFA))
                .isGreaterThan(confidenceOf(ranked, WHITE_ARMCHAIR)).isGreaterThan(confidenceOf(ranked, SOFA_COVER));
        ProductMatch best = ranked.get(0);
        assertThat(best.confidence()).isBetween(0.8, 1.0);
        assertThat(best.agreedColours()).containsExactly("white");
        assertThat(best.agreedMaterials()).containsExactly("linen");
        assertThat(best.whyMatched()).isEqualTo("3-seat sofa in white linen.");
        assertThat(matcher.needsFallback(best)).isFalse();
    }

    @Test
    void brassFloorLampFindsTheFloorLampNotTheTableLamp() {
        List<ProductMatch> ranked = matcher.rank(item(CategoryGroup.LIGHTING, "brass floor lamp", List.of(),
                List.of(), null), DesignBrief.EMPTY);
        assertThat(products(ranked)).startsWith(FLOOR_LAMP, TABLE_LAMP);
        assertThat(ranked.get(0).agreedMaterials()).containsExactly("brass");
    }

    @Test
    void theEstimatedSizeSeparatesLookalikes() {
        var wide = matcher.rank(item(CategoryGroup.STORAGE, "tall white bookcase", List.of(), List.of(),
                Dimensions.of(80, 30, 200)), DesignBrief.EMPTY);
        var narrow = matcher.rank(item(CategoryGroup.STORAGE, "tall white bookcase", List.of(), List.of(),
                Dimensions.of(40, 30, 200)), DesignBrief.EMPTY);
        assertThat(products(wide)).startsWith(WIDE_BOOKCASE, NARROW_BOOKCASE).contains(DARK_BOOKCASE);
        assertThat(products(narrow)).startsWith(NARROW_BOOKCASE, WIDE_BOOKCASE);
    }

    @Test
    void otherItemsFindTheirProducts() {
        assertThat(best(item(CategoryGroup.TABLES, "light wood coffee table", List.of(), List.of("light_wood"), null)))
                .isEqualTo(COFFEE_TABLE);
        assertThat(best(item(CategoryGroup.RUGS_AND_FLOORING, "beige wool rug", List.of(), List.of(), null)))
                .isEqualTo(WOOL_RUG);
        assertThat(best(item(CategoryGroup.BEDS, "white double bed", List.of(), List.of(), null))).isEqualTo(WHITE_BED);
    }

    @Test
    void theBriefsPaletteCountsAndItsAvoidedColoursCost() {
        DesignBrief brief = brief(List.of("white", "cream"), List.of("grey"), List.of("linen"));
        List<ProductMatch> ranked = matcher.rank(item(CategoryGroup.BEDS, "upholstered double bed", List.of(), List.of(),
                null), brief);
        ProductMatch grey = ranked.stream().filter(match -> match.product().product().equals(GREY_BED)).findFirst().orElseThrow();
        ProductMatch white = ranked.stream().filter(match -> match.product().product().equals(WHITE_BED)).findFirst().orElseThrow();
        assertThat(grey.avoidedColours()).containsExactly("grey");
        assertThat(white.paletteColours()).containsExactly("white", "cream");
        assertThat(white.whyMatched()).endsWith("; matches your white and cream palette.");
        assertThat(products(ranked).get(0)).isEqualTo(WHITE_BED);

        ProductMatch sofa = matcher.rank(item(CategoryGroup.SEATING, "white linen three-seat sofa", List.of("white"),
                List.of("linen"), null), brief).get(0);
        assertThat(sofa.whyMatched()).isEqualTo("3-seat sofa in white linen; matches your white and cream palette and your linen texture.");
    }

    @Test
    void aWeakMatchOffersASearch() {
        DesignItem item = item(CategoryGroup.DECOR, "emerald velvet wall mirror", List.of(), List.of(), null);
        ProductMatch best = matcher.rank(item, DesignBrief.EMPTY).get(0);
        assertThat(best.confidence()).isLessThan(MatchingSettings.DEFAULTS.fallbackBelow());
        assertThat(matcher.needsFallback(best)).isTrue();
        assertThat(best.whyMatched()).contains("the closest match in the catalogue for “emerald velvet wall mirror”");
        assertThat(matcher.searchFallbackUrl(item))
                .isEqualTo("https://www.ikea.com/sa/en/search/products/?q=emerald+velvet+wall+mirror");
    }

    @Test
    void keepsTheConfiguredNumberOfCandidatesBestFirst() {
        var settings = new MatchingSettings(0.5, 0.2, 0.15, 0.1, 0.05, 0.05, 0.25, 0.5, 0.25, 0.85, 30, 0.5, 0.6, 3,
                MatchingSettings.DEFAULTS.searchUrlPrefix());
        List<ProductMatch> ranked = new ProductMatcher(TestCatalog.index(), TestCatalog.embedder(), settings)
                .rank(item(CategoryGroup.SEATING, "sofa", List.of(), List.of(), null), DesignBrief.EMPTY);
        assertThat(ranked).hasSize(3);
        assertThat(ranked).extracting(ProductMatch::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    static DesignItem item(CategoryGroup group, String description, List<String> colours, List<String> materials,
            Dimensions size) {
        return new DesignItem("item", group, description, colours, materials, size, Placement.FLOOR, 0);
    }

    static DesignBrief brief(List<String> colours, List<String> avoid, List<String> textures) {
        return new DesignBrief("living_room", List.of(), List.of(), List.of(),
                new StyleProfile("warm", colours, avoid, textures, "tidy", "calm", List.of("scandinavian")), List.of(), List.of());
    }

    private CatalogProduct best(DesignItem item) {
        return matcher.rank(item, DesignBrief.EMPTY).get(0).product().product();
    }

    private static List<CatalogProduct> products(List<ProductMatch> ranked) {
        return ranked.stream().map(match -> match.product().product()).toList();
    }

    private static double confidenceOf(List<ProductMatch> ranked, CatalogProduct product) {
        return ranked.stream().filter(match -> match.product().product().equals(product)).findFirst()
                .orElseThrow(() -> new AssertionError(product.kind() + " not among the candidates"))
                .confidence();
    }
}
