package io.remo.pipeline.verify;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The outcome of one quality gate: passed when every measurement is within its threshold. Each measurement keeps its
 * value and threshold so that the job can log and store them.
 */
public record GateResult(String gate, List<Measurement> measurements) {

    public GateResult {
        measurements = List.copyOf(measurements);
    }

    public boolean passed() {
        return measurements.stream().allMatch(Measurement::passed);
    }

    /** The first (for most gates the only) measurement. */
    public Measurement primary() {
        return measurements.get(0);
    }

    /** Which side of the threshold passes. */
    public enum Bound {
        AT_LEAST(">="), AT_MOST("<=");

        private final String symbol;

        Bound(String symbol) {
            this.symbol = symbol;
        }
    }

    public record Measurement(String name, double value, double threshold, Bound bound) {

        public boolean passed() {
            return bound == Bound.AT_LEAST ? value >= threshold : value <= threshold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s=%.4f (%s %s %.4f)", name, value, passed() ? "ok," : "FAILS,",
                    bound.symbol, threshold);
        }
    }

    @Override
    public String toString() {
        return gate + ": " + (passed() ? "PASS" : "FAIL") + " "
                + measurements.stream().map(Measurement::toString).collect(Collectors.joining(", "));
    }
}
