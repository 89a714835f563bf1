package io.remo.revision.api;

import java.util.List;

/**
 * One circled region of a lasso revision and what to do in it.
 *
 * @param pathPoints   the lasso, a closed polygon of 3 to 500 points; the last point may repeat the first
 * @param action       one of the {@link RegionAction} wire names
 * @param instruction  what to change, in the person's words (10 to 500 characters once cleaned)
 * @param avoidTokens  words the result must not show (optional, at most 10 of at most 40 characters)
 * @param styleNudges  extra style words (optional, same bounds)
 * @param scale        for {@code resize} only, and required there: 0.25 to 4
 * @param offset       for {@code reposition} only, and required there
 * @param brushStrokes corrections of the lasso (optional, at most 20), applied in order
 */
public record LassoRegion(List<NormalizedPoint> pathPoints, String action, String instruction,
                          List<String> avoidTokens, List<String> styleNudges, Double scale, NormalizedOffset offset,
                          List<BrushStroke> brushStrokes) {

    public LassoRegion {
        pathPoints = Payloads.copy(pathPoints);
        avoidTokens = Payloads.copyOrEmpty(avoidTokens);
        styleNudges = Payloads.copyOrEmpty(styleNudges);
        brushStrokes = Payloads.copyOrEmpty(brushStrokes);
    }

    /** The action, for a region that passed validation. */
    public RegionAction regionAction() {
        return RegionAction.fromWire(action)
                .orElseThrow(() -> new IllegalStateException("unvalidated action " + action));
    }

    /** The polygon's distinct vertices: without the repeated closing point and without consecutive repeats. */
    public List<NormalizedPoint> vertices() {
        return PolygonGeometry.distinctVertices(pathPoints);
    }

    LassoRegion withText(String cleanInstruction, List<String> cleanAvoidTokens, List<String> cleanStyleNudges) {
        return new LassoRegion(pathPoints, action, cleanInstruction, cleanAvoidTokens, cleanStyleNudges, scale, offset,
                brushStrokes);
    }
}
