package io.remo.shopping.catalog;

import io.remo.shopping.catalog.DescribedSize.Label;
import io.remo.shopping.catalog.DescribedSize.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the size at the end of a short description. The forms in the IKEA file: "51x51 cm", "40x28x202 cm",
 * "74 cm", "18 mm", "36.0 cm", "140/160 cm" (alternatives), "74-140" (ranges) inside any term ("180x27x74-140 cm",
 * "130/190x80 cm"), "160x80 55 cm" (a second, separate measure: the desk's screen height, ignored), "77x28 cm 2 pack",
 * "70/80/90" (no unit: centimetres) and "37-55 \"" (a TV's screen diagonal). Other retailers' forms are read too:
 * "Ø45 cm", "Ø 45 cm", "W 60 x D 40 cm", "W60xD40xH75 cm", "60 × 40 cm", "36,5 cm" (decimal comma). A number without
 * a unit is taken only when there are several, so "set of 3" or "4-seat" are never sizes.
 */
public final class DescriptionSizeParser {

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final String GROUP = NUMBER + "(?:\\s*[-/]\\s*" + NUMBER + ")*";
    private static final String LABEL = "(?:[WwDdHh]|[Øø⌀])";
    private static final String TERM = "(?:" + LABEL + "\\s*)?" + GROUP;
    private static final Pattern SIZE = Pattern.compile("(" + TERM + "(?:\\s*[x×X]\\s*" + TERM + ")*)"
            + "(?:\\s+" + NUMBER + ")?" // a separate second measure ("160x80 55 cm"): not a side of the product
            + "\\s*(cm|mm|\"|”|″)?"
            + "(?:\\s+(\\d+)\\s*pack)?");
    private static final Pattern TERM_PARTS = Pattern.compile("(" + LABEL + ")?\\s*(" + GROUP + ")");
    private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s*[x×X]\\s*");
    private static final Pattern VALUE_SEPARATOR = Pattern.compile("\\s*[-/]\\s*");

    /** The size {@code text} states, or empty when it is not a size. */
    public Optional<DescribedSize> parse(String text) {
        Matcher matcher = SIZE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String unit = matcher.group(2);
        int packSize = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
        if (unit != null && !unit.equals("cm") && !unit.equals("mm")) {
            return Optional.of(new DescribedSize(List.of(), true, packSize));
        }
        double toCm = "mm".equals(unit) ? 0.1 : 1.0;
        List<Measure> measures = new ArrayList<>();
        int numbers = 0;
        for (String term : TERM_SEPARATOR.split(matcher.group(1))) {
            Matcher parts = TERM_PARTS.matcher(term);
            if (!parts.matches()) {
                return Optional.empty();
            }
            double smallest = Double.MAX_VALUE;
            double largest = 0;
            for (String value : VALUE_SEPARATOR.split(parts.group(2))) {
                double cm = Double.parseDouble(value.replace(',', '.')) * toCm;
                smallest = Math.min(smallest, cm);
                largest = Math.max(largest, cm);
                numbers++;
            }
            if (smallest <= 0) {
                return Optional.empty();
            }
            measures.add(new Measure(smallest, largest, label(parts.group(1))));
        }
        if (unit == null && numbers < 2) {
            return Optional.empty();
        }
        return Optional.of(new DescribedSize(measures, false, packSize));
    }

    private static Label label(String letter) {
        if (letter == null) {
            return null;
        }
        return switch (letter.toUpperCase(Locale.ROOT)) {
            case "W" -> Label.WIDTH;
            case "D" -> Label.DEPTH;
            case "H" -> Label.HEIGHT;
            default -> Label.DIAMETER;
        };
    }
}
