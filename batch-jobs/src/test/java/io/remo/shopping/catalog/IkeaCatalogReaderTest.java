package io.remo.shopping.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IkeaCatalogReaderTest {

    private static final String HEADER = "\uFEFFX1;item_id;name;category;price;old_price;sellable_online;link;"
            + "other_colors;short_description;designer;depth;height;width\n";

    private final IkeaCatalogReader reader = new IkeaCatalogReader();

    @Test
    void readsEveryColumnOfARow() {
        CatalogProduct product = only(HEADER + "1;368814;NORDVIKEN;Bar furniture;995,0;No old price;FALSE;"
                + "https://www.ikea.com/sa/en/p/nordviken-bar-table-black-00368814/;No;Bar table,          140x80 cm;"
                + "Francis Cayouette;;105;80\n");
        assertThat(product.sourceId()).isEqualTo("00368814");
        assertThat(product.retailer()).isEqualTo("IKEA");
        assertThat(product.name()).isEqualTo("NORDVIKEN");
        assertThat(product.categories()).containsExactly("Bar furniture");
        assertThat(product.priceMinor()).isEqualTo(99_500);
        assertThat(product.currency()).isEqualTo("SAR");
        assertThat(product.oldPriceMinor()).isNull();
        assertThat(product.packSize()).isEqualTo(1);
        assertThat(product.sellableOnline()).isFalse();
        assertThat(product.otherColours()).isFalse();
        assertThat(product.shortDescription()).isEqualTo("Bar table, 140x80 cm");
        assertThat(product.kind()).isEqualTo("Bar table");
        assertThat(product.variant()).isEqualTo("black");
        assertThat(product.designer()).isEqualTo("Francis Cayouette");
        assertThat(product.details()).isNull();
        assertThat(product.dimensions()).isEqualTo(Dimensions.of(140, 80, 105));
        assertThat(product.dimensionSource()).isEqualTo(DimensionSource.COLUMNS_AND_DESCRIPTION);
    }

    @Test
    void decimalCommaPricesOldPricesWithThousandsAndPacks() {
        List<CatalogProduct> products = reader.products(new StringReader(HEADER
                + "1;90323393;FIXA;Bookcases & shelving units;5,6;SR 7;TRUE;https://www.ikea.com/sa/en/p/fixa-drill-template-orange-90323393/;No;Drill template;;;;64\n"
                + "2;29318707;PLATSA;Beds;2600,5;SR 2,880;TRUE;https://www.ikea.com/sa/en/p/platsa-bed-frame-white-29318707/;No;Bed frame,          140x200 cm;IKEA of Sweden;;;\n"
                + "3;50342830;BRYNILEN;Beds;30,0;SR 50/4 pack;TRUE;https://www.ikea.com/sa/en/p/brynilen-leg-black-50342830/;No;Leg,          10 cm;IKEA of Sweden;;;\n"));
        assertThat(products).extracting(CatalogProduct::priceMinor).containsExactly(560L, 260_050L, 3_000L);
        assertThat(products).extracting(CatalogProduct::oldPriceMinor).containsExactly(700L, 288_000L, 5_000L);
        assertThat(products).extracting(CatalogProduct::packSize).containsExactly(1, 1, 4);
        assertThat(products.get(0).variant()).isEqualTo("orange");
    }

    @Test
    void aProductTextInTheDesignerColumnIsKeptAsDetails() {
        CatalogProduct product = only(HEADER + "274;50263838;BILLY;Bookcases & shelving units;145,0;No old price;TRUE;"
                + "https://www.ikea.com/sa/en/p/billy-bookcase-white-50263838/;Yes;Bookcase,          40x28x202 cm;"
                + "\"502.638.38 Shallow shelves; adjustable.Min. ceiling height required: 205 cm.\";28;202;40\n");
        assertThat(product.designer()).isNull();
        assertThat(product.details()).isEqualTo("Shallow shelves; adjustable.Min. ceiling height required: 205 cm.");
        assertThat(product.otherColours()).isTrue();
        assertThat(product.dimensions()).isEqualTo(Dimensions.of(40, 28, 202));
    }

    @Test
    void aProductListedInSeveralCategoriesIsOneProductWithAllOfThem() {
        String row = ";9333523;NORDVIKEN / NORDVIKEN;%s;2095,0;No old price;FALSE;"
                + "https://www.ikea.com/sa/en/p/nordviken-nordviken-bar-table-and-4-bar-stools-black-black-s09333523/;No;"
                + "Bar table and 4 bar stools;Francis Cayouette;;;\n";
        List<CatalogProduct> products = reader.products(new StringReader(HEADER + "1" + row.formatted("Chairs")
                + "2" + row.formatted("Bar furniture")));
        assertThat(products).singleElement().satisfies(product -> {
            assertThat(product.sourceId()).isEqualTo("09333523");
            assertThat(product.categories()).containsExactly("Bar furniture", "Chairs");
            assertThat(product.variant()).isEqualTo("black black");
            assertThat(product.dimensionSource()).isEqualTo(DimensionSource.NONE);
        });
    }

    @Test
    void contentHashChangesWithContentOnly() {
        String row = "1;368814;NORDVIKEN;Bar furniture;%s;No old price;FALSE;"
                + "https://www.ikea.com/sa/en/p/nordviken-bar-table-black-00368814/;No;Bar table,          140x80 cm;"
                + "Francis Cayouette;;105;80\n";
        String hash = only(HEADER + row.formatted("995,0")).contentHash();
        assertThat(hash).hasSize(64).isEqualTo(only(HEADER + row.formatted("995,0").replaceFirst("^1;", "77;")).contentHash());
        assertThat(only(HEADER + row.formatted("949,0")).contentHash()).isNotEqualTo(hash);
    }

    @Test
    void malformedValuesSayWhere() {
        assertThatThrownBy(() -> only(HEADER + "1;368814;X;Beds;12,0;SR twelve;TRUE;https://x/y-368814/;No;Bed;;;;\n"))
                .isInstanceOf(CatalogFormatException.class).hasMessageContaining("line 2").hasMessageContaining("SR twelve");
        assertThatThrownBy(() -> only("name;price\nX;1\n"))
                .isInstanceOf(CatalogFormatException.class).hasMessageContaining("no column item_id");
    }

    private CatalogProduct only(String csv) {
        return reader.products(new StringReader(csv)).get(0);
    }
}
