package io.remo.shopping.catalog;

import java.util.List;

/**
 * A size as a short description writes it, before it is known which number is the width, depth or height: that
 * depends on the kind of product (see {@link ProductSizeResolver}).
 *
 * @param measures       the numbers in the order written, in centimetres
 * @param screenDiagonal true for sizes in inches ("37-55 \""): the screen a TV bracket takes, not the product's size
 * @param packSize       how many pieces the price buys ("2 pack"); 1 when not stated
 */
public record DescribedSize(List<Measure> measures, boolean screenDiagonal, int packSize) {

    public DescribedSize {
        measures = List.copyOf(measures);
        if (packSize < 1) {
            throw new IllegalArgumentException("pack size " + packSize);
        }
    }

    /** The labels a size may carry ("W 60 x D 40 cm", "Ø45 cm"); most carry none and are read by position. */
    public enum Label {
        WIDTH, DEPTH, HEIGHT, DIAMETER
    }

    /**
     * One number of a size. Ranges ("74-140": adjustable) and alternatives ("120/180": extendable, or one of several
     * sizes) keep both ends: {@code largestCm} is what the product can take up, which is what a fit check needs.
     *
     * @param label null when the position decides
     */
    public record Measure(double smallestCm, double largestCm, Label label) {

        public Measure {
            if (!(smallestCm > 0) || largestCm < smallestCm) {
                throw new IllegalArgumentException("measure " + smallestCm + ".." + largestCm);
            }
        }
    }

    public boolean isLabelled() {
        return measures.stream().anyMatch(measure -> measure.label() != null);
    }
}
