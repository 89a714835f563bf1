package io.remo.shopping;

import io.remo.natives.api.TextEmbeddings;
import io.remo.shopping.catalog.CatalogProduct;
import io.remo.shopping.catalog.DimensionSource;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.matching.ProductIndex;
import io.remo.shopping.matching.SentenceEmbedder;
import java.util.List;

/** A small hand-built catalogue whose right answers are known, and the real embedding model, loaded once. */
public final class TestCatalog {

    public static final CatalogProduct WHITE_SOFA = product("00000001", "KIVIK", "3-seat sofa", "white linen",
            "Sofas & armchairs", 2_495, Dimensions.of(228, 95, 83));
    public static final CatalogProduct GREY_SOFA = product("00000002", "KIVIK", "3-seat sofa", "grey linen",
            "Sofas & armchairs", 2_495, Dimensions.of(228, 95, 83));
    public static final CatalogProduct WHITE_ARMCHAIR = product("00000003", "EKERÖ", "Armchair", "white linen",
            "Sofas & armchairs", 795, Dimensions.of(70, 73, 76));
    public static final CatalogProduct SOFA_COVER = product("00000004", "KIVIK", "Cover for 3-seat sofa",
            "white linen", "Sofas & armchairs", 495, Dimensions.UNKNOWN);
    public static final CatalogProduct WHITE_TWO_SEAT_SOFA = product("00000005", "KLIPPAN", "2-seat sofa", "white",
            "Sofas & armchairs", 995, Dimensions.of(180, 88, 66));
    public static final CatalogProduct FLOOR_LAMP = product("00000011", "HEKTAR", "Floor lamp", "brass", "Lighting",
            349, Dimensions.of(30, 30, 181));
    public static final CatalogProduct TABLE_LAMP = product("00000012", "HEKTAR", "Table lamp", "brass", "Lighting",
            149, Dimensions.of(22, 22, 46));
    public static final CatalogProduct WIDE_BOOKCASE = product("00000021", "BILLY", "Bookcase", "white",
            "Bookcases & shelving units", 295, Dimensions.of(80, 28, 202));
    public static final CatalogProduct NARROW_BOOKCASE = product("00000022", "BILLY", "Bookcase", "white",
            "Bookcases & shelving units", 145, Dimensions.of(40, 28, 202));
    public static final CatalogProduct DARK_BOOKCASE = product("00000023", "HEMNES", "Bookcase", "black brown",
            "Bookcases & shelving units", 1_095, Dimensions.of(90, 37, 197));
    public static final CatalogProduct COFFEE_TABLE = product("00000031", "LISABO", "Coffee table", "ash veneer",
            "Tables & desks", 450, Dimensions.of(118, 50, 50));
    public static final CatalogProduct DINING_TABLE = product("00000032", "EKEDALEN", "Extendable table",
            "dark brown", "Tables & desks", 1_095, Dimensions.of(180, 80, 75));
    public static final CatalogProduct WOOL_RUG = product("00000041", "STOCKHOLM", "Rug, flatwoven", "wool beige",
            "Rugs", 1_295, new Dimensions(170.0, 240.0, null));
    public static final CatalogProduct BIG_RUG = product("00000042", "LOHALS", "Rug, flatwoven", "natural jute",
            "Rugs", 795, new Dimensions(200.0, 300.0, null));
    public static final CatalogProduct WHITE_BED = product("00000051", "MALM", "Bed frame, high", "white", "Beds",
            1_195, Dimensions.of(160, 209, 100));
    public static final CatalogProduct GREY_BED = product("00000052", "SLATTUM", "Upholstered bed frame",
            "knisa light grey", "Beds", 995, Dimensions.of(168, 218, 85));

    public static final List<CatalogProduct> ALL = List.of(WHITE_SOFA, GREY_SOFA, WHITE_ARMCHAIR, SOFA_COVER,
            WHITE_TWO_SEAT_SOFA, FLOOR_LAMP, TABLE_LAMP, WIDE_BOOKCASE, NARROW_BOOKCASE, DARK_BOOKCASE, COFFEE_TABLE,
            DINING_TABLE, WOOL_RUG, BIG_RUG, WHITE_BED, GREY_BED);

    private static SentenceEmbedder embedder;
    private static ProductIndex index;

    private TestCatalog() {
    }

    /** all-MiniLM-L6-v2 as the application runs it. */
    public static synchronized SentenceEmbedder embedder() {
        if (embedder == null) {
            embedder = new TextEmbeddings()::embed;
        }
        return embedder;
    }

    public static synchronized ProductIndex index() {
        if (index == null) {
            index = ProductIndex.build(ALL, embedder());
        }
        return index;
    }

    public static CatalogProduct product(String id, String name, String kind, String variant, String category,
            long priceSar, Dimensions dimensions) {
        String slug = (name + " " + kind + " " + variant).toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return new CatalogProduct(id, "IKEA", name, List.of(category), priceSar * 100, "SAR", null, 1, true,
                "https://www.ikea.com/sa/en/p/" + slug + "-" + id + "/", false, kind, kind, variant, null, null,
                dimensions, dimensions.isUnknown() ? DimensionSource.NONE : DimensionSource.COLUMNS);
    }
}
