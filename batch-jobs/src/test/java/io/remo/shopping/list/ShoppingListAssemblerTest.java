package io.remo.shopping.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.StyleProfile;
import io.remo.scan.api.RoomDimensions;
import io.remo.scan.api.RoomDimensions.Opening;
import io.remo.scan.api.RoomDimensions.Room;
import io.remo.scan.api.RoomDimensions.Wall;
import io.remo.shopping.TestCatalog;
import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.design.DesignItem;
import io.remo.shopping.design.Placement;
import io.remo.shopping.fit.FitChecker;
import io.remo.shopping.matching.ProductMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShoppingListAssemblerTest {

    static final DesignBrief BRIEF = new DesignBrief("living_room", List.of("couple"), List.of(), List.of(),
            new StyleProfile("warm", List.of("white", "cream"), List.of("grey"), List.of("linen", "light_wood"), "tidy",
                    "calm", List.of("scandinavian")), List.of(), List.of());

    /** 4.0 × 3.5 × 2.4 m; wall B has a door; wall D two, with 0.5, 0.6 and 0.6 m of wall beside them. */
    static final RoomDimensions ROOM = new RoomDimensions(new Room(4.0, 3.5, 2.4, "m"),
            List.of(new Wall("A", 4.0, 2.4, "north"), new Wall("B", 3.5, 2.4, "east"), new Wall("C", 4.0, 2.4, "south"),
                    new Wall("D", 3.5, 2.4, "west")),
            List.of(new Opening("door", "B", 0.9, 2.1, 0.2), new Opening("door", "D", 0.9, 2.1, 0.5),
                    new Opening("door", "D", 0.9, 2.1, 2.0)),
            null);

    static final DesignItem SOFA = new DesignItem("sofa", CategoryGroup.SEATING, "white linen three-seat sofa",
            List.of("white"), List.of("linen"), Dimensions.of(220, 95, 80), Placement.againstWall("A"), 1);
    static final DesignItem BOOKCASE = new DesignItem("bookcase", CategoryGroup.STORAGE, "tall white bookcase",
            List.of("white"), List.of(), Dimensions.of(80, 30, 200), Placement.againstWall("C"), 1);
    static final DesignItem LAMP = new DesignItem("lamp", CategoryGroup.LIGHTING, "brass floor lamp", List.of(),
            List.of("brass"), null, Placement.FLOOR, 1);
    static final DesignItem MIRROR = new DesignItem("mirror", CategoryGroup.DECOR, "round emerald velvet mirror",
            List.of("emerald"), List.of("velvet"), null, Placement.againstWall("A"), 1);

    private final ShoppingListAssembler assembler = new ShoppingListAssembler(
            new ProductMatcher(TestCatalog.index(), TestCatalog.embedder()), new FitChecker());

    @Test
    void groupsInFixedOrderPricesConvertedAndTotalled() {
        ShoppingList list = assembler.assemble(List.of(MIRROR, LAMP, BOOKCASE, SOFA), BRIEF, ROOM);

        assertThat(list.groups()).extracting(ShoppingListGroup::category)
                .containsExactly("Seating", "Storage", "Lighting", "Decor");
        ShoppingListItem sofa = list.groups().get(0).items().get(0);
        assertThat(sofa.itemDescription()).isEqualTo("white linen three-seat sofa");
        assertThat(sofa.productName()).isEqualTo("KIVIK 3-seat sofa");
        assertThat(sofa.retailer()).isEqualTo("IKEA");
        assertThat(sofa.sourcePriceCents()).isEqualTo(249_500);
        assertThat(sofa.sourceCurrency()).isEqualTo("SAR");
        assertThat(sofa.priceCents()).isEqualTo(66_533);
        assertThat(sofa.currency()).isEqualTo("USD");
        assertThat(sofa.productUrl()).isEqualTo(TestCatalog.WHITE_SOFA.productUrl());
        assertThat(sofa.imageUrl()).isNull();
        assertThat(sofa.dimensions()).isEqualTo(Dimensions.of(228, 95, 83));
        assertThat(sofa.confidenceScore()).isBetween(0.8, 1.0);
        assertThat(sofa.whyMatched()).isEqualTo("3-seat sofa in white linen; matches your white and cream palette and your linen texture.");
        assertThat(sofa.fitStatus()).isEqualTo("fits");
        assertThat(sofa.fitDetail()).isEqualTo("Wall A is 4.0 m — this 3-seat sofa is 2.28 m wide.");
        assertThat(sofa.searchFallbackUrl()).isNull();

        ShoppingListItem bookcase = list.groups().get(1).items().get(0);
        assertThat(bookcase.productName()).isEqualTo("BILLY Bookcase");
        assertThat(bookcase.priceCents()).isEqualTo(7_867);
        ShoppingListItem lamp = list.groups().get(2).items().get(0);
        assertThat(lamp.productName()).isEqualTo("HEKTAR Floor lamp");
        assertThat(lamp.priceCents()).isEqualTo(9_307);

        ShoppingListItem mirror = list.groups().get(3).items().get(0);
        assertThat(mirror.productName()).isNull();
        assertThat(mirror.priceCents()).isNull();
        assertThat(mirror.whyMatched()).isEqualTo("Nothing in the catalogue matches “round emerald velvet mirror” closely enough; search the store instead.");
        assertThat(mirror.searchFallbackUrl()).isEqualTo("https://www.ikea.com/sa/en/search/products/?q=round+emerald+velvet+mirror");

        assertThat(list.totalEstimatedCost()).isEqualTo(66_533 + 7_867 + 9_307);
        assertThat(list.currency()).isEqualTo("USD");
    }

    @Test
    void whenTheBestDoesNotFitTheBestFittingAlternativeIsTakenAndSaysSo() {
        DesignItem inAlcove = new DesignItem("bookcase", CategoryGroup.STORAGE, "tall white bookcase", List.of("white"),
                List.of(), Dimensions.of(80, 30, 200), Placement.againstWall("D"), 1);
        ShoppingListItem bookcase = assembler.assemble(List.of(inAlcove), BRIEF, ROOM).groups().get(0).items().get(0);
        assertThat(bookcase.dimensions()).isEqualTo(Dimensions.of(40, 28, 202));
        assertThat(bookcase.fitStatus()).isEqualTo("fits");
        assertThat(bookcase.whyMatched()).isEqualTo("Bookcase in white; matches your white and cream palette. Chosen over"
                + " BILLY Bookcase, which does not fit: the longest stretch of wall D clear of its door and windows is 60 cm"
                + " — this bookcase is 80 cm wide.");
    }

    @Test
    void withoutAScanThereIsNoFit() {
        ShoppingList list = assembler.assemble(List.of(SOFA, BOOKCASE), BRIEF, null);
        assertThat(list.groups()).flatExtracting(ShoppingListGroup::items).allSatisfy(item -> {
            assertThat(item.fitStatus()).isNull();
            assertThat(item.fitDetail()).isNull();
        });
    }

    @Test
    void itemsOfAGroupFollowTheirSortOrder() {
        DesignItem second = new DesignItem("chair", CategoryGroup.SEATING, "white linen armchair", List.of("white"),
                List.of("linen"), null, Placement.FLOOR, 2);
        DesignItem first = new DesignItem("sofa", CategoryGroup.SEATING, "white linen three-seat sofa", List.of("white"),
                List.of("linen"), null, Placement.FLOOR, 1);
        assertThat(assembler.assemble(List.of(second, first), DesignBrief.EMPTY, null).groups().get(0).items())
                .extracting(ShoppingListItem::itemDescription)
                .containsExactly("white linen three-seat sofa", "white linen armchair");
    }
}
