package io.remo.shopping.catalog;

/**
 * A product's size in centimetres as it stands: {@code width} side to side as seen from the front (for tables and
 * rugs the long side, for beds the mattress width), {@code depth} front to back (a bed's length), {@code height} floor
 * to top. Each is null when unknown.
 */
public record Dimensions(Double widthCm, Double depthCm, Double heightCm) {

    public static final Dimensions UNKNOWN = new Dimensions(null, null, null);

    public Dimensions {
        requirePositive(widthCm, "width");
        requirePositive(depthCm, "depth");
        requirePositive(heightCm, "height");
    }

    public static Dimensions of(double widthCm, double depthCm, double heightCm) {
        return new Dimensions(widthCm, depthCm, heightCm);
    }

    public boolean isUnknown() {
        return widthCm == null && depthCm == null && heightCm == null;
    }

    public boolean isComplete() {
        return widthCm != null && depthCm != null && heightCm != null;
    }

    /** "200 × 88 × 78 cm (W × D × H)", naming only the known sides; empty when none is known. */
    public String describe() {
        var values = new StringBuilder();
        var labels = new StringBuilder();
        append(values, labels, widthCm, "W");
        append(values, labels, depthCm, "D");
        append(values, labels, heightCm, "H");
        return values.isEmpty() ? "" : values + " cm (" + labels + ")";
    }

    private static void append(StringBuilder values, StringBuilder labels, Double value, String label) {
        if (value == null) {
            return;
        }
        if (!values.isEmpty()) {
            values.append(" × ");
            labels.append(" × ");
        }
        values.append(formatCm(value));
        labels.append(label);
    }

    static String formatCm(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void requirePositive(Double value, String side) {
        if (value != null && !(value > 0)) {
            throw new IllegalArgumentException(side + " must be positive: " + value);
        }
    }
}
