package io.remo.shopping.document;

import io.remo.brief.api.DesignBrief;
import io.remo.shopping.list.ShoppingList;
import io.remo.shopping.list.ShoppingListGroup;
import io.remo.shopping.list.ShoppingListItem;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * The shopping list as an A4 PDF: the approved design, the brief in a line, then each group's products with price,
 * fit badge, why it matched and clickable links (product page, or the retailer's search for weak matches), and the
 * total. Text is set in the standard Helvetica, so nothing is embedded; characters it lacks print as "?".
 */
public final class ShoppingListPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n]+");
    private static final float MARGIN = 48;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float IMAGE_MAX_HEIGHT = 300;
    private static final float LEADING = 1.3f;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);
    private static final Color LINK = new Color(0x0B, 0x57, 0xA4);
    private static final Color FITS = new Color(0x2E, 0x7D, 0x32);
    private static final Color TIGHT = new Color(0xC7, 0x7C, 0x02);
    private static final Color TOO_LARGE = new Color(0xC6, 0x28, 0x28);
    private static final Color UNKNOWN = new Color(0x75, 0x75, 0x75);

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /**
     * @param designJpeg the approved design, JPEG bytes
     * @return the PDF's bytes
     */
    public byte[] render(byte[] designJpeg, DesignBrief brief, ShoppingList list) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Your shopping list");
            document.getDocumentInformation().setCreator("Remo");
            try (Pages pages = new Pages(document)) {
                pages.text("Your shopping list", bold, 20, INK, 0);
                pages.gap(8);
                pages.image(JPEGFactory.createFromByteArray(document, designJpeg));
                pages.gap(14);
                pages.text("Your brief", bold, 13, INK, 0);
                pages.paragraph(BriefSummary.of(brief), regular, 10, MUTED, 0, WIDTH);
                for (ShoppingListGroup group : list.groups()) {
                    pages.gap(14);
                    pages.ensure(13 * LEADING + 60);
                    pages.text(group.category(), bold, 13, INK, 0);
                    pages.gap(2);
                    for (ShoppingListItem item : group.items()) {
                        item(pages, item);
                    }
                }
                pages.gap(10);
                total(pages, list);
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the shopping list PDF could not be written", e);
        }
    }

    private void item(Pages pages, ShoppingListItem item) throws IOException {
        String price = item.priceCents() == null ? "" : money(item.priceCents(), item.currency());
        float priceWidth = width(price, bold, 11);
        boolean matched = item.productName() != null;
        String title = matched ? item.productName() : "No close match: search the store";
        List<String> titleLines = lines(title, bold, 11, WIDTH - priceWidth - 12);
        String forLine = "For: " + item.itemDescription()
                + (item.dimensions() == null ? "" : " · " + item.dimensions().describe())
                + (item.confidenceScore() == null ? "" : " · match " + Math.round(item.confidenceScore() * 100) + "%");
        List<String> forLines = lines(forLine, regular, 9, WIDTH);
        String fit = item.fitDetail() != null ? item.fitDetail()
                : matched ? "No room scan: check the size against your room." : null;
        List<String> fitLines = fit == null ? List.of() : lines(fit, regular, 9, WIDTH - 66);
        List<String> whyLines = lines(item.whyMatched(), regular, 9, WIDTH);
        boolean searchLink = item.searchFallbackUrl() != null && matched;
        float height = titleLines.size() * 11 * LEADING + (forLines.size() + fitLines.size() + whyLines.size()
                + (searchLink ? 1 : 0)) * 9 * LEADING + 12;
        pages.ensure(height);

        String url = matched ? item.productUrl() : item.searchFallbackUrl();
        float top = pages.y;
        for (String line : titleLines) {
            pages.link(url, pages.y - 11, width(line, bold, 11), 11 * LEADING);
            pages.text(line, bold, 11, LINK, 0);
        }
        if (!price.isEmpty()) {
            pages.textAt(price, bold, 11, INK, WIDTH - priceWidth, top);
        }
        for (String line : forLines) {
            pages.text(line, regular, 9, MUTED, 0);
        }
        if (!fitLines.isEmpty()) {
            pages.badge(badge(item.fitStatus(), item.fitDetail() != null), badgeColour(item.fitStatus()));
            for (String line : fitLines) {
                pages.text(line, regular, 9, INK, 66);
            }
        }
        for (String line : whyLines) {
            pages.text(line, regular, 9, INK, 0);
        }
        if (searchLink) {
            String search = "Not quite it? Search the store";
            pages.link(item.searchFallbackUrl(), pages.y - 9, width(search, regular, 9), 9 * LEADING);
            pages.text(search, regular, 9, LINK, 0);
        }
        pages.gap(12);
    }

    private void total(Pages pages, ShoppingList list) throws IOException {
        String total = money(list.totalEstimatedCost(), list.currency());
        pages.ensure(60);
        pages.rule();
        pages.gap(6);
        float top = pages.y;
        pages.text("Total estimated cost", bold, 12, INK, 0);
        pages.textAt(total, bold, 12, INK, WIDTH - width(total, bold, 12), top);
        String source = list.groups().stream().flatMap(group -> group.items().stream())
                .map(ShoppingListItem::sourceCurrency).filter(currency -> currency != null).findFirst()
                .orElse(list.currency());
        pages.paragraph("Catalogue prices in " + source + (source.equals(list.currency()) ? "" : ", shown in "
                + list.currency()) + "; the retailer's prices and stock may have changed since. Items without a close "
                + "match are not in the total.", regular, 8, MUTED, 0, WIDTH);
    }

    private static String badge(String fitStatus, boolean scanned) {
        if (fitStatus == null) {
            return scanned ? "SIZE?" : "NO SCAN";
        }
        return switch (fitStatus) {
            case "fits" -> "FITS";
            case "tight" -> "TIGHT";
            default -> "TOO LARGE";
        };
    }

    private static Color badgeColour(String fitStatus) {
        if (fitStatus == null) {
            return UNKNOWN;
        }
        return switch (fitStatus) {
            case "fits" -> FITS;
            case "tight" -> TIGHT;
            default -> TOO_LARGE;
        };
    }

    /** "USD 1,234.56" with the currency's own number of decimals. */
    static String money(long minorUnits, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        var format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return currency + " " + format.format(BigDecimal.valueOf(minorUnits, digits));
    }

    private List<String> lines(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : safe(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(safe(text, font)) / 1000 * size;
    }

    /** The text with what the font cannot show replaced by "?", line breaks and tabs by spaces. */
    private static String safe(String text, PDFont font) {
        var safe = new StringBuilder();
        LINE_BREAKS.matcher(text).replaceAll(" ").codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                safe.append(character);
            } catch (IllegalArgumentException | IOException e) {
                safe.append('?');
            }
        });
        return safe.toString();
    }

    /** Pages written top to bottom; a new page starts when the next block does not fit. */
    private final class Pages implements AutoCloseable {

        private final PDDocument document;
        private PDPage page;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, PDFont font, float size, Color colour, float indent) throws IOException {
            ensure(size * LEADING);
            textAt(text, font, size, colour, indent, y);
            y -= size * LEADING;
        }

        /** One line with its top at {@code top}; does not move down. */
        void textAt(String text, PDFont font, float size, Color colour, float x, float top) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(colour);
            stream.newLineAtOffset(MARGIN + x, top - size);
            stream.showText(safe(text, font));
            stream.endText();
        }

        void paragraph(String text, PDFont font, float size, Color colour, float indent, float width) throws IOException {
            for (String line : lines(text, font, size, width - indent)) {
                text(line, font, size, colour, indent);
            }
        }

        void image(PDImageXObject image) throws IOException {
            float scale = Math.min(WIDTH / image.getWidth(), IMAGE_MAX_HEIGHT / image.getHeight());
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            ensure(height);
            stream.drawImage(image, MARGIN + (WIDTH - width) / 2, y - height, width, height);
            y -= height;
        }

        /** A coloured label left of the next line. */
        void badge(String label, Color colour) throws IOException {
            float textWidth = width(label, bold, 7);
            stream.setNonStrokingColor(colour);
            stream.addRect(MARGIN, y - 10.5f, Math.max(58, textWidth + 8), 11.5f);
            stream.fill();
            textAt(label, bold, 7, Color.WHITE, 4, y - 1);
        }

        void rule() throws IOException {
            stream.setStrokingColor(MUTED);
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
        }

        /** A clickable area, bottom-left corner at ({@code MARGIN}, {@code bottom}). */
        void link(String url, float bottom, float width, float height) throws IOException {
            var action = new PDActionURI();
            action.setURI(url);
            var border = new PDBorderStyleDictionary();
            border.setWidth(0);
            var link = new PDAnnotationLink();
            link.setAction(action);
            link.setBorderStyle(border);
            link.setRectangle(new PDRectangle(MARGIN, bottom - 2, width, height));
            page.getAnnotations().add(link);
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
