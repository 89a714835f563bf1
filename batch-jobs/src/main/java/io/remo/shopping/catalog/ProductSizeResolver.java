package io.remo.shopping.catalog;

import io.remo.shopping.catalog.DescribedSize.Label;
import io.remo.shopping.catalog.DescribedSize.Measure;
import java.util.List;
import java.util.Set;

/**
 * Turns a product's columns and the size in its short description into one {@link Dimensions}.
 *
 * <p>Reading the description (unlabelled numbers, by count; each number at its largest, see {@link Measure}):
 * <ul>
 * <li>three or more: width x depth x height, IKEA's order ("40x28x202 cm" bookcase; the 4th of a 4-term is ignored);
 * <li>two: the footprint, width x depth, for beds, cots and mattresses (width x length: "140x200" is the mattress),
 * tables, desks, benches, shelves, table tops, trolleys, mats, rugs, cushions and covers (length x width: the long
 * side is the width, so it stands along the wall); otherwise the front, width x height (doors, drawer fronts,
 * chests, cabinets, wardrobes, bookcases, shelving units, storage combinations, frames);
 * <li>one: the height of legs, posts, uprights, stools, stepladders, lamps and shelving units; the diameter of
 * tables, pouffes, footstools, cushions, pads, parasols and knobs, unless the columns give another side, in which
 * case the number is the table's length and the column its depth ("Table and 4 chairs, 125 cm" with width 75);
 * the width of anything else (benches, headboards, sofa-beds, rails, handles);
 * <li>labelled sizes say it themselves: "W 60 x D 40 cm", "Ø45 cm" (diameter: width and depth).
 * </ul>
 *
 * <p>Merging with the columns, side by side: a side only one source gives is taken from it; when both give it and
 * they agree within {@code sameMeasureToleranceCm}, the column; when the column's value is the description's value
 * for another side, the description (tables' width column holds the short side the description lists second);
 * otherwise the larger (a bed frame is wider than the mattress size the description names, a bar stool is taller
 * than its seat height).
 */
public final class ProductSizeResolver {

    /** The default tolerance: the columns round to whole centimetres, the descriptions sometimes differ by one. */
    public static final double DEFAULT_SAME_MEASURE_TOLERANCE_CM = 1.0;

    private static final List<String> FRONT_PHRASES = List.of("shelving unit", "shelf unit", "display shelf",
            "desk top shelf");
    private static final Set<String> FOOTPRINT_WORDS = Set.of("bed", "cot", "cradle", "mattress", "underbed",
            "day-bed", "sofa-bed", "table", "desk", "workstation", "bench", "shelf", "panel", "top", "plinth", "board",
            "trolley", "island", "underframe", "trestle", "rack", "lid", "tray", "mat", "rug", "carpet", "runner",
            "cushion", "pad", "cover", "pouffe", "footstool", "protector");
    private static final Set<String> HEIGHT_WORDS = Set.of("leg", "post", "upright", "stool", "stepladder", "ladder",
            "lamp");
    private static final Set<String> ROUND_WORDS = Set.of("table", "pouffe", "footstool", "cushion", "pad", "parasol",
            "knob");

    /** What was resolved and from where. */
    public record Resolved(Dimensions dimensions, DimensionSource source) {
    }

    private final double sameMeasureToleranceCm;

    public ProductSizeResolver() {
        this(DEFAULT_SAME_MEASURE_TOLERANCE_CM);
    }

    /** @param sameMeasureToleranceCm two values this close are the same measurement */
    public ProductSizeResolver(double sameMeasureToleranceCm) {
        this.sameMeasureToleranceCm = sameMeasureToleranceCm;
    }

    /**
     * @param type    what the product is
     * @param size    the description's size, or null
     * @param columns the catalogue's columns ({@link Dimensions#UNKNOWN} when empty)
     */
    public Resolved resolve(ProductType type, DescribedSize size, Dimensions columns) {
        Double[] described = size == null || size.measures().isEmpty() ? null : read(type, size, columns);
        if (described == null) {
            return new Resolved(columns, columns.isUnknown() ? DimensionSource.NONE : DimensionSource.COLUMNS);
        }
        Dimensions fromDescription = new Dimensions(described[0], described[1], described[2]);
        if (columns.isUnknown()) {
            return new Resolved(fromDescription, DimensionSource.DESCRIPTION);
        }
        Double[] column = {columns.widthCm(), columns.depthCm(), columns.heightCm()};
        Double[] merged = new Double[3];
        for (int side = 0; side < 3; side++) {
            merged[side] = merge(side, column, described);
        }
        return new Resolved(new Dimensions(merged[0], merged[1], merged[2]), DimensionSource.COLUMNS_AND_DESCRIPTION);
    }

    /** The description's reading as {width, depth, height}. */
    private Double[] read(ProductType type, DescribedSize size, Dimensions columns) {
        List<Measure> measures = size.measures();
        Double[] sides = new Double[3];
        if (size.isLabelled()) {
            int next = 0;
            for (Measure measure : measures) {
                if (measure.label() == Label.DIAMETER) {
                    sides[0] = measure.largestCm();
                    sides[1] = measure.largestCm();
                } else if (measure.label() != null) {
                    sides[measure.label().ordinal()] = measure.largestCm();
                } else {
                    while (next < 3 && sides[next] != null) {
                        next++;
                    }
                    if (next < 3) {
                        sides[next] = measure.largestCm();
                    }
                }
            }
            return sides;
        }
        double first = measures.get(0).largestCm();
        if (measures.size() >= 3) {
            sides[0] = first;
            sides[1] = measures.get(1).largestCm();
            sides[2] = measures.get(2).largestCm();
        } else if (measures.size() == 2) {
            boolean footprint = FRONT_PHRASES.stream().noneMatch(type::headHasPhrase) && type.headHasAny(FOOTPRINT_WORDS);
            sides[0] = first;
            sides[footprint ? 1 : 2] = measures.get(1).largestCm();
        } else if (type.headHasPhrase("shelving unit") || type.headHasAny(HEIGHT_WORDS)) {
            sides[2] = first;
        } else if (type.headHasAny(ROUND_WORDS)) {
            sides[0] = first;
            sides[1] = otherSide(columns, first);
        } else {
            sides[0] = first;
        }
        return sides;
    }

    /** A footprint side the columns give that is not the described one, else the same (round). */
    private double otherSide(Dimensions columns, double described) {
        for (Double side : new Double[] {columns.widthCm(), columns.depthCm()}) {
            if (side != null && !same(side, described)) {
                return side;
            }
        }
        return described;
    }

    private Double merge(int side, Double[] column, Double[] described) {
        Double fromColumn = column[side];
        Double fromDescription = described[side];
        if (fromColumn == null || fromDescription == null) {
            return fromColumn != null ? fromColumn : fromDescription;
        }
        if (same(fromColumn, fromDescription)) {
            return fromColumn;
        }
        for (int other = 0; other < 3; other++) {
            if (other != side && described[other] != null && same(fromColumn, described[other])) {
                return fromDescription;
            }
        }
        return Math.max(fromColumn, fromDescription);
    }

    private boolean same(double a, double b) {
        return Math.abs(a - b) <= sameMeasureToleranceCm;
    }
}
