package io.remo.shopping.catalog;

import java.util.Optional;

/**
 * A catalogue short description split into what the product is and the size written after the last comma:
 * "Bar table, in/outdoor,          51x51 cm" is the type "Bar table, in/outdoor" and the size "51x51 cm".
 *
 * @param type     the description without its size, whitespace collapsed
 * @param sizeText the size as written, or null
 * @param size     the size read, or null
 */
public record ShortDescription(String type, String sizeText, DescribedSize size) {

    public static ShortDescription parse(String description, DescriptionSizeParser parser) {
        String text = description.strip().replaceAll("\\s+", " ");
        int comma = text.lastIndexOf(',');
        if (comma < 0) {
            return new ShortDescription(text, null, null);
        }
        String tail = text.substring(comma + 1).strip();
        Optional<DescribedSize> size = parser.parse(tail);
        return size.map(value -> new ShortDescription(text.substring(0, comma).strip(), tail, value))
                .orElseGet(() -> new ShortDescription(text, null, null));
    }
}
