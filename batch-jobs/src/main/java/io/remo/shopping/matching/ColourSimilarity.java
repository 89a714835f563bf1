package io.remo.shopping.matching;

import io.remo.brief.api.Vocabulary;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How alike two vocabulary colours look: 1 for the same colour, falling linearly with their CIE76 distance in CIELAB
 * to 0 at {@code toleranceDeltaE}. With the default, 30: white and cream 0.73, cream and beige 0.56, charcoal and black
 * 0.51, white and beige 0.32, white and grey 0.
 */
public final class ColourSimilarity {

    public static final double DEFAULT_TOLERANCE_DELTA_E = 30;

    private static final Map<String, double[]> LAB = Vocabulary.COLORS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> lab(entry.getValue())));

    private final double toleranceDeltaE;

    public ColourSimilarity() {
        this(DEFAULT_TOLERANCE_DELTA_E);
    }

    public ColourSimilarity(double toleranceDeltaE) {
        if (!(toleranceDeltaE > 0)) {
            throw new IllegalArgumentException("tolerance " + toleranceDeltaE);
        }
        this.toleranceDeltaE = toleranceDeltaE;
    }

    /** 0..1; 0 for a name that is not a vocabulary colour. */
    public double between(String colour, String other) {
        if (colour.equals(other)) {
            return 1;
        }
        double[] labA = LAB.get(colour);
        double[] labB = LAB.get(other);
        if (labA == null || labB == null) {
            return 0;
        }
        double deltaE = Math.sqrt(square(labA[0] - labB[0]) + square(labA[1] - labB[1]) + square(labA[2] - labB[2]));
        return Math.max(0, 1 - deltaE / toleranceDeltaE);
    }

    /** sRGB (D65) to CIELAB. */
    static double[] lab(int[] rgb) {
        double r = linear(rgb[0]);
        double g = linear(rgb[1]);
        double b = linear(rgb[2]);
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double square(double value) {
        return value * value;
    }
}
