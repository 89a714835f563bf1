package io.remo.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Order statistics of a sample (nearest-rank percentiles), formatted for the results tables. */
record Stats(int n, double min, double p50, double p90, double p99, double max, double mean) {

    static Stats of(Collection<? extends Number> sample) {
        double[] values = sample.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (values.length == 0) {
            throw new IllegalArgumentException("empty sample");
        }
        return new Stats(values.length, values[0], rank(values, 50), rank(values, 90), rank(values, 99),
                values[values.length - 1], Arrays.stream(values).average().orElseThrow());
    }

    private static double rank(double[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String format(String unit) {
        return String.format(Locale.ROOT, "n=%d min=%.0f p50=%.0f p90=%.0f p99=%.0f max=%.0f mean=%.0f (%s)",
                n, min, p50, p90, p99, max, mean, unit);
    }
}
