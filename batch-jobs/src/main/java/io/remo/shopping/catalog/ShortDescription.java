package io.remo.shopping.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A catalogue short description split into what the product is and the size written after the last comma:
 * "Bar table, in/outdoor,          51x51 cm" is the type "Bar table, in/outdoor" and the size "51x51 cm". A comma
 * between digits is a decimal comma, not a separator.
 *
 * @param type     the description without its size, whitespace collapsed
 * @param sizeText the size as written, or null
 * @param size     the size read, or null
 */
public record ShortDescription(String type, String sizeText, DescribedSize size) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The text stripped, every run of whitespace one space. */
    public static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    public static ShortDescription parse(String description, DescriptionSizeParser parser) {
        String text = collapseWhitespace(description);
        int comma = text.lastIndexOf(',');
        while (comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma - 1))
                && Character.isDigit(text.charAt(comma + 1))) {
            comma = text.lastIndexOf(',', comma - 1); // a decimal comma ("36,5 cm") does not end the kind
        }
        if (comma < 0) {
            return new ShortDescription(text, null, null);
        }
        String tail = text.substring(comma + 1).strip();
        Optional<DescribedSize> size = parser.parse(tail);
        return size.isPresent() ? new ShortDescription(text.substring(0, comma).strip(), tail, size.get())
                : new ShortDescription(text, null, null);
    }
}
