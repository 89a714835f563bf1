package io.remo.revision.api;

import java.util.List;

/**
 * A revision of the chosen redesign: either a {@value #LASSO} revision with 1 to 3 regions, or a
 * {@value #FULL_REGENERATE} with free-text feedback. {@link RevisionValidator} checks it.
 */
public record RevisionRequest(String type, List<LassoRegion> regions, String feedback) {

    public static final String LASSO = "lasso";
    public static final String FULL_REGENERATE = "full_regenerate";

    public RevisionRequest {
        regions = Payloads.copy(regions);
    }

    public static RevisionRequest lasso(List<LassoRegion> regions) {
        return new RevisionRequest(LASSO, regions, null);
    }

    public static RevisionRequest fullRegenerate(String feedback) {
        return new RevisionRequest(FULL_REGENERATE, null, feedback);
    }

    public boolean isLasso() {
        return LASSO.equals(type);
    }
}
