package io.remo.shopping.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.StyleProfile;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.list.ShoppingList;
import io.remo.shopping.list.ShoppingListGroup;
import io.remo.shopping.list.ShoppingListItem;
import io.remo.testing.SyntheticRoom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ShoppingListPdfTest {

    private static final DesignBrief BRIEF = new DesignBrief("living_room", List.of("couple"), List.of(),
            List.of("the green sofa"), new StyleProfile("warm", List.of("white", "sage"), List.of("grey"),
                    List.of("linen", "light_wood"), "tidy", "calm", List.of("scandinavian", "japandi")),
            List.of("pets"), List.of());

    private static final ShoppingListItem SOFA = new ShoppingListItem("white linen three-seat sofa",
            "KIVIK 3-seat sofa", "IKEA", 66_533L, "USD", 249_500L, "SAR",
            "https://www.ikea.com/sa/en/p/kivik-3-seat-sofa-white-00000001/", null, Dimensions.of(228, 95, 83), 0.93,
            "3-seat sofa in white linen; matches your white palette and your linen texture.", "fits",
            "Wall A is 4.0 m — this 3-seat sofa is 2.28 m wide.", null);
    private static final ShoppingListItem BOOKCASE = new ShoppingListItem("tall white bookcase", "BILLY Bookcase",
            "IKEA", 7_867L, "USD", 29_500L, "SAR", "https://www.ikea.com/sa/en/p/billy-bookcase-white-00000021/", null,
            Dimensions.of(80, 28, 202), 0.71, "Bookcase in white.", "tight",
            "Your ceiling is 2.05 m — this bookcase is 2.02 m tall, with less than 5 cm to spare to stand it up.",
            "https://www.ikea.com/sa/en/search/products/?q=tall+white+bookcase");
    private static final ShoppingListItem MIRROR = new ShoppingListItem("round emerald velvet mirror", null, null,
            null, null, null, null, null, null, null, 0.21,
            "Nothing in the catalogue matches “round emerald velvet mirror” closely enough; search the store instead.",
            null, null, "https://www.ikea.com/sa/en/search/products/?q=round+emerald+velvet+mirror");

    private final ShoppingListPdf pdf = new ShoppingListPdf();

    @Test
    void holdsTheDesignTheBriefTheItemsTheirLinksAndTheTotal() throws IOException {
        ShoppingList list = new ShoppingList(List.of(new ShoppingListGroup("Seating", List.of(SOFA)),
                new ShoppingListGroup("Storage", List.of(BOOKCASE)), new ShoppingListGroup("Decor", List.of(MIRROR))),
                74_400, "USD");
        byte[] bytes = pdf.render(SyntheticRoom.jpeg(1024, 768, 7), BRIEF, list);
        Path out = Path.of("target", "shopping-list.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Your shopping list", "KIVIK 3-seat sofa", "BILLY Bookcase", "USD 665.33",
                    "USD 78.67", "Total estimated cost", "USD 744.00", "Seating", "Storage", "Decor",
                    "No close match: search the store", "FITS", "TIGHT",
                    "Wall A is 4.0 m — this 3-seat sofa is 2.28 m wide.",
                    "Living room · Scandinavian, japandi · Colours: white and sage, no grey · Materials: linen and light wood",
                    "228 × 95 × 83 cm (W × D × H)", "match 93%");
            assertThat(links(document)).contains(SOFA.productUrl(), BOOKCASE.productUrl(), BOOKCASE.searchFallbackUrl(),
                    MIRROR.searchFallbackUrl());
            PDPage first = document.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (var name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(1024);
                assertThat(image.getHeight()).isEqualTo(768);
            });
        }
    }

    @Test
    void aLongListContinuesOnMorePages() throws IOException {
        List<ShoppingListItem> items = IntStream.rangeClosed(1, 40).mapToObj(i -> new ShoppingListItem("chair " + i,
                "CHAIR" + i + " Chair", "IKEA", 1_000L, "USD", 3_750L, "SAR", "https://www.ikea.com/sa/en/p/chair-" + i + "/",
                null, null, 0.9, "Chair in white.", null, null, null)).toList();
        byte[] bytes = pdf.render(SyntheticRoom.jpeg(640, 480, 3), DesignBrief.EMPTY,
                new ShoppingList(List.of(new ShoppingListGroup("Seating", items)), 40_000, "USD"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CHAIR1 Chair", "CHAIR40 Chair", "USD 400.00", "No room scan",
                    "No brief: the design was made from your photos alone.");
            assertThat(links(document)).hasSize(40);
        }
    }

    @Test
    void charactersHelveticaLacksDoNotBreakIt() throws IOException {
        ShoppingListItem item = new ShoppingListItem("łóżko → bed", "SÄNG Bed ≈", "IKEA", 100L, "USD", 375L, "SAR",
                "https://www.ikea.com/sa/en/p/x/", null, null, 0.9, "Bed in white.", null, null, null);
        byte[] bytes = pdf.render(SyntheticRoom.jpeg(320, 240, 1), DesignBrief.EMPTY,
                new ShoppingList(List.of(new ShoppingListGroup("Beds", List.of(item))), 100, "USD"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("SÄNG Bed ?", "For: ?ó?ko ? bed");
        }
    }

    @Test
    void moneyUsesTheCurrencysDecimals() {
        assertThat(ShoppingListPdf.money(123_456_78, "USD")).isEqualTo("USD 123,456.78");
        assertThat(ShoppingListPdf.money(4_020, "JPY")).isEqualTo("JPY 4,020");
    }

    private static List<String> links(PDDocument document) throws IOException {
        List<String> links = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
        }
        return links;
    }
}
