package io.remo.shopping.fit;

/** How a product fits the scanned room, best first. */
public enum FitStatus {
    /** Fits with every clearance kept. */
    FITS("fits"),
    /** Fits, but inside a clearance: less walkway, side room or headroom than recommended. */
    TIGHT("tight"),
    /** Does not fit. */
    TOO_LARGE("too_large");

    private final String jsonValue;

    FitStatus(String jsonValue) {
        this.jsonValue = jsonValue;
    }

    /** "fits", "tight" or "too_large". */
    public String jsonValue() {
        return jsonValue;
    }
}
