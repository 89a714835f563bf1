package io.remo.revision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionValidatorTest {

    private final RevisionValidator validator = new RevisionValidator();

    private static List<NormalizedPoint> path(double... xy) {
        List<NormalizedPoint> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(NormalizedPoint.of(xy[i], xy[i + 1]));
        }
        return points;
    }

    private static List<NormalizedPoint> square(double x0, double y0, double x1, double y1) {
        return path(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    private static LassoRegion region(List<NormalizedPoint> points, String action) {
        return new LassoRegion(points, action, "make this a green velvet armchair", null, null, null, null, null);
    }

    private static LassoRegion replace(List<NormalizedPoint> points) {
        return region(points, "replace");
    }

    private List<RevisionViolation> violations(RevisionRequest request) {
        return validator.validate(request).violations();
    }

    private List<RevisionViolation> violations(LassoRegion... regions) {
        return violations(RevisionRequest.lasso(Arrays.asList(regions)));
    }

    @Test
    void acceptsAValidLassoWithEveryOptionalField() {
        LassoRegion sofa = new LassoRegion(path(0.1, 0.5, 0.4, 0.5, 0.4, 0.8, 0.1, 0.8, 0.1, 0.5), "resize",
                "make the sofa a little smaller", List.of("plastic", "mid-century"), List.of("cosy"), 0.8, null,
                List.of(new BrushStroke(path(0.2, 0.6, 0.25, 0.62), "add", 24.0),
                        new BrushStroke(path(0.3, 0.7), "subtract", 10.0)));
        LassoRegion lamp = new LassoRegion(square(0.6, 0.2, 0.7, 0.5), "reposition", "move the lamp to the left",
                null, null, null, NormalizedOffset.of(-0.2, 0), null);
        LassoRegion rug = region(square(0.4, 0.8, 0.9, 0.95), "change_finish");

        RevisionValidation validation = validator.validate(RevisionRequest.lasso(List.of(sofa, lamp, rug)));

        assertThat(validation.violations()).isEmpty();
        assertThat(validation.valid()).isTrue();
    }

    @Test
    void acceptsAFullRegenerationAndRefusesShortFeedback() {
        assertThat(violations(RevisionRequest.fullRegenerate("Warmer light and fewer plants please"))).isEmpty();
        assertThat(violations(RevisionRequest.fullRegenerate("  too \n\t short ")))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.FEEDBACK_LENGTH, "feedback"));
        assertThat(violations(RevisionRequest.fullRegenerate("x".repeat(1001))))
                .extracting(RevisionViolation::code).containsExactly(RevisionCode.FEEDBACK_LENGTH);
        assertThat(violations(new RevisionRequest("full_regenerate", List.of(replace(square(0.1, 0.1, 0.3, 0.3))),
                "Warmer light and fewer plants please"))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.REGIONS_NOT_ALLOWED);
    }

    @Test
    void refusesAnUnknownTypeAndFeedbackOnALasso() {
        assertThat(violations(new RevisionRequest("sketch", null, null)))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.REVISION_TYPE_INVALID, "type"));
        assertThat(violations((RevisionRequest) null)).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.REVISION_TYPE_INVALID);
        assertThat(violations(new RevisionRequest("lasso", List.of(replace(square(0.1, 0.1, 0.3, 0.3))),
                "Warmer light and fewer plants please"))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.FEEDBACK_NOT_ALLOWED);
    }

    @Test
    void countsRegions() {
        assertThat(violations(RevisionRequest.lasso(List.of()))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.REGION_COUNT);
        assertThat(violations(RevisionRequest.lasso(null))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.REGION_COUNT);
        assertThat(violations(replace(square(0.0, 0.0, 0.2, 0.2)), replace(square(0.3, 0.0, 0.5, 0.2)),
                replace(square(0.6, 0.0, 0.8, 0.2)), replace(square(0.0, 0.5, 0.2, 0.7))))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.REGION_COUNT, "regions"));
        assertThat(violations(replace(square(0.0, 0.0, 0.2, 0.2)), null))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.REGION_COUNT, "regions[1]"));
    }

    @Test
    void countsPolygonPoints() {
        assertThat(violations(replace(path(0.1, 0.1, 0.5, 0.1))))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.POLYGON_TOO_FEW_POINTS, "regions[0].pathPoints"));
        // Three points of which the last closes the path: two distinct.
        assertThat(violations(replace(path(0.1, 0.1, 0.5, 0.1, 0.1, 0.1)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.POLYGON_TOO_FEW_POINTS);
        assertThat(violations(replace(null))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.POLYGON_TOO_FEW_POINTS);
        assertThat(violations(replace(circle(500, false)))).isEmpty();
        assertThat(violations(replace(circle(500, true)))).isEmpty();
        assertThat(violations(replace(circle(501, false)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.POLYGON_TOO_MANY_POINTS);
        assertThat(violations(replace(circle(600, true)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.POLYGON_TOO_MANY_POINTS);
    }

    private static List<NormalizedPoint> circle(int points, boolean closed) {
        List<NormalizedPoint> path = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double angle = 2 * Math.PI * i / points;
            path.add(NormalizedPoint.of(0.5 + 0.3 * Math.cos(angle), 0.5 + 0.3 * Math.sin(angle)));
        }
        if (closed) {
            path.add(path.get(0));
        }
        return path;
    }

    @Test
    void namesEveryPointOutOfRange() {
        List<NormalizedPoint> points = new ArrayList<>(square(0.1, 0.1, 0.5, 0.5));
        points.set(1, NormalizedPoint.of(1.2, 0.1));
        points.set(3, new NormalizedPoint(0.1, null));
        points.add(NormalizedPoint.of(Double.NaN, -0.01));
        points.add(null);

        assertThat(violations(replace(points))).extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.POINT_OUT_OF_RANGE, "regions[0].pathPoints[1].x"),
                        tuple(RevisionCode.POINT_OUT_OF_RANGE, "regions[0].pathPoints[3].y"),
                        tuple(RevisionCode.POINT_OUT_OF_RANGE, "regions[0].pathPoints[4].x"),
                        tuple(RevisionCode.POINT_OUT_OF_RANGE, "regions[0].pathPoints[4].y"),
                        tuple(RevisionCode.POINT_OUT_OF_RANGE, "regions[0].pathPoints[5]"));
    }

    @Test
    void acceptsTheImageCorners() {
        assertThat(violations(replace(square(0, 0, 1, 1)))).isEmpty();
    }

    @Test
    void refusesSelfIntersectingLassos() {
        assertThat(violations(replace(path(0.1, 0.1, 0.5, 0.5, 0.5, 0.1, 0.1, 0.5))))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.POLYGON_SELF_INTERSECTING, "regions[0].pathPoints"));
        // A figure eight pinched at one vertex.
        assertThat(violations(replace(path(0.1, 0.1, 0.3, 0.3, 0.5, 0.1, 0.5, 0.5, 0.3, 0.3, 0.1, 0.5))))
                .extracting(RevisionViolation::code).containsExactly(RevisionCode.POLYGON_SELF_INTERSECTING);
        // A spike that doubles back along an edge.
        assertThat(violations(replace(path(0.1, 0.1, 0.5, 0.1, 0.7, 0.1, 0.6, 0.1, 0.5, 0.5))))
                .extracting(RevisionViolation::code).containsExactly(RevisionCode.POLYGON_SELF_INTERSECTING);
    }

    @Test
    void refusesDegenerateLassos() {
        assertThat(violations(replace(path(0.1, 0.1, 0.3, 0.3, 0.5, 0.5, 0.2, 0.2))))
                .extracting(RevisionViolation::code, RevisionViolation::message)
                .containsExactly(tuple(RevisionCode.POLYGON_DEGENERATE, "the lasso's points lie on one line"));
        // 0.02 x 0.02 = 0.0004 of the image, under the 0.0005 minimum; 0.025 x 0.025 = 0.000625 passes.
        assertThat(violations(replace(square(0.3, 0.3, 0.32, 0.32)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.POLYGON_DEGENERATE);
        assertThat(violations(replace(square(0.3, 0.3, 0.325, 0.325)))).isEmpty();
        // A sliver: long but thin.
        assertThat(violations(replace(path(0.1, 0.1, 0.9, 0.1, 0.9, 0.1005)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.POLYGON_DEGENERATE);
    }

    @Test
    void refusesOverlappingRegionsButNotTouchingOnes() {
        LassoRegion left = replace(square(0.1, 0.1, 0.5, 0.5));
        assertThat(violations(left, replace(square(0.3, 0.3, 0.7, 0.7))))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.REGIONS_OVERLAP, "regions[1].pathPoints"));
        assertThat(violations(left, replace(square(0.2, 0.2, 0.3, 0.3)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.REGIONS_OVERLAP);
        assertThat(violations(left, replace(square(0.1, 0.1, 0.5, 0.5)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.REGIONS_OVERLAP);
        assertThat(violations(left, replace(square(0.5, 0.1, 0.9, 0.5)), replace(square(0.5, 0.5, 0.9, 0.9))))
                .isEmpty();
        // Regions 0 and 2 overlap; region 1 is apart.
        assertThat(violations(left, replace(square(0.6, 0.6, 0.9, 0.9)), replace(square(0.4, 0.4, 0.55, 0.55))))
                .extracting(RevisionViolation::field, RevisionViolation::message)
                .containsExactly(
                        tuple("regions[2].pathPoints", "region overlaps regions[0]; regions must not overlap"));
    }

    @Test
    void checksTheAction() {
        assertThat(violations(region(square(0.1, 0.1, 0.5, 0.5), "paint")))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.ACTION_INVALID, "regions[0].action"));
        assertThat(violations(region(square(0.1, 0.1, 0.5, 0.5), null))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.ACTION_INVALID);
        assertThat(violations(region(square(0.1, 0.1, 0.5, 0.5), "REPLACE"))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.ACTION_INVALID);
    }

    @Test
    void scaleBelongsToResize() {
        assertThat(violations(withScale("resize", null))).extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.SCALE_REQUIRED, "regions[0].scale"));
        assertThat(violations(withScale("resize", 0.25))).isEmpty();
        assertThat(violations(withScale("resize", 4.0))).isEmpty();
        assertThat(violations(withScale("resize", 0.24))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.SCALE_OUT_OF_RANGE);
        assertThat(violations(withScale("resize", Double.NaN))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.SCALE_OUT_OF_RANGE);
        assertThat(violations(withScale("replace", 1.5))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.SCALE_NOT_ALLOWED);
    }

    private static LassoRegion withScale(String action, Double scale) {
        return new LassoRegion(square(0.1, 0.1, 0.5, 0.5), action, "make it a bit bigger", null, null, scale, null,
                null);
    }

    @Test
    void offsetBelongsToReposition() {
        assertThat(violations(withOffset("reposition", null)))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.OFFSET_REQUIRED, "regions[0].offset"));
        assertThat(violations(withOffset("reposition", NormalizedOffset.of(-1, 1)))).isEmpty();
        assertThat(violations(withOffset("reposition", new NormalizedOffset(1.5, null))))
                .extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.OFFSET_OUT_OF_RANGE, "regions[0].offset.x"),
                        tuple(RevisionCode.OFFSET_OUT_OF_RANGE, "regions[0].offset.y"));
        assertThat(violations(withOffset("remove", NormalizedOffset.of(0.1, 0.1)))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.OFFSET_NOT_ALLOWED);
    }

    private static LassoRegion withOffset(String action, NormalizedOffset offset) {
        return new LassoRegion(square(0.1, 0.1, 0.5, 0.5), action, "move it to the window", null, null, null, offset,
                null);
    }

    @Test
    void checksBrushStrokes() {
        List<BrushStroke> strokes = new ArrayList<>();
        strokes.add(new BrushStroke(path(0.2, 0.2), "add", 10.0));
        strokes.add(new BrushStroke(List.of(), "erase", 0.5));
        strokes.add(new BrushStroke(path(0.2, 1.5), "subtract", null));
        strokes.add(null);
        LassoRegion region = new LassoRegion(square(0.1, 0.1, 0.5, 0.5), "replace", "a green velvet armchair", null,
                null, null, null, strokes);

        assertThat(violations(region)).extracting(RevisionViolation::code, RevisionViolation::field).containsExactly(
                tuple(RevisionCode.BRUSH_INVALID, "regions[0].brushStrokes[1].points"),
                tuple(RevisionCode.BRUSH_INVALID, "regions[0].brushStrokes[1].mode"),
                tuple(RevisionCode.BRUSH_INVALID, "regions[0].brushStrokes[1].size"),
                tuple(RevisionCode.POINT_OUT_OF_RANGE, "regions[0].brushStrokes[2].points[0].y"),
                tuple(RevisionCode.BRUSH_INVALID, "regions[0].brushStrokes[2].size"),
                tuple(RevisionCode.BRUSH_INVALID, "regions[0].brushStrokes[3]"));

        List<BrushStroke> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(new BrushStroke(path(0.2, 0.2), "add", 10.0));
        }
        assertThat(violations(new LassoRegion(square(0.1, 0.1, 0.5, 0.5), "replace", "a green velvet armchair", null,
                null, null, null, tooMany))).extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(tuple(RevisionCode.BRUSH_INVALID, "regions[0].brushStrokes"));
    }

    @Test
    void cleansTextBeforeMeasuringIt() {
        // Nine visible characters padded with whitespace and controls: still too short.
        LassoRegion padded = new LassoRegion(square(0.1, 0.1, 0.5, 0.5), "replace", "\u0000  make\n\n\tred \u202E ",
                null, null, null, null, null);
        RevisionValidation validation = validator.validate(RevisionRequest.lasso(List.of(padded)));
        assertThat(validation.violations()).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.INSTRUCTION_LENGTH);
        assertThat(validation.request().regions().get(0).instruction()).isEqualTo("make red");

        LassoRegion spaced = new LassoRegion(square(0.1, 0.1, 0.5, 0.5), "replace", " paint it\r\n  sage\u00A0green ",
                List.of("  dark   wood "), null, null, null, null);
        validation = validator.validate(RevisionRequest.lasso(List.of(spaced)));
        assertThat(validation.violations()).isEmpty();
        assertThat(validation.request().regions().get(0).instruction()).isEqualTo("paint it sage green");
        assertThat(validation.request().regions().get(0).avoidTokens()).containsExactly("dark wood");

        assertThat(violations(new LassoRegion(square(0.1, 0.1, 0.5, 0.5), "replace", "x".repeat(501), null, null,
                null, null, null))).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.INSTRUCTION_LENGTH);
        // 500 emoji are 500 characters, though 1000 UTF-16 units.
        assertThat(violations(new LassoRegion(square(0.1, 0.1, 0.5, 0.5), "replace", "\uD83D\uDECB".repeat(500),
                null, null, null, null, null))).isEmpty();
    }

    @Test
    void checksTokens() {
        List<String> avoid = new ArrayList<>(List.of("plastic", " ", "x".repeat(41), "(glossy:1.4)"));
        avoid.add(null);
        LassoRegion region = new LassoRegion(square(0.1, 0.1, 0.5, 0.5), "replace", "a green velvet armchair", avoid,
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"), null, null, null);

        assertThat(violations(region)).extracting(RevisionViolation::code, RevisionViolation::field).containsExactly(
                tuple(RevisionCode.TOKEN_INVALID, "regions[0].avoidTokens[1]"),
                tuple(RevisionCode.TOKEN_INVALID, "regions[0].avoidTokens[2]"),
                tuple(RevisionCode.TOKEN_INVALID, "regions[0].avoidTokens[3]"),
                tuple(RevisionCode.TOKEN_INVALID, "regions[0].avoidTokens[4]"),
                tuple(RevisionCode.TOKEN_INVALID, "regions[0].styleNudges"));
    }

    @Test
    void reportsEveryViolationOfEveryRegion() {
        LassoRegion first = new LassoRegion(path(0.1, 0.1, 0.5, 0.5, 0.5, 0.1, 0.1, 0.5), "resize", "short", null,
                null, null, NormalizedOffset.of(0.1, 0.1), null);
        LassoRegion second = new LassoRegion(path(0.6, 0.6, 2.0, 0.6, 0.9, 0.9), "glow", "make it glow softly", null,
                null, 2.0, null, null);

        assertThat(violations(first, second)).extracting(RevisionViolation::code, RevisionViolation::field)
                .containsExactly(
                        tuple(RevisionCode.POLYGON_SELF_INTERSECTING, "regions[0].pathPoints"),
                        tuple(RevisionCode.SCALE_REQUIRED, "regions[0].scale"),
                        tuple(RevisionCode.OFFSET_NOT_ALLOWED, "regions[0].offset"),
                        tuple(RevisionCode.INSTRUCTION_LENGTH, "regions[0].instruction"),
                        tuple(RevisionCode.POINT_OUT_OF_RANGE, "regions[1].pathPoints[1].x"),
                        tuple(RevisionCode.ACTION_INVALID, "regions[1].action"));
    }

    @Test
    void appliesConfiguredLimits() {
        RevisionLimits strict = new RevisionLimits(1, 3, 4, 0.01, 10, 20, 10, 20, 1, 5, 0.5, 2, 0.5, 1, 3, 1, 50);
        RevisionValidator strictValidator = new RevisionValidator(strict);
        RevisionRequest twoRegions = RevisionRequest.lasso(List.of(replace(square(0.1, 0.1, 0.3, 0.3)),
                replace(path(0.5, 0.5, 0.6, 0.5, 0.7, 0.6, 0.6, 0.7, 0.5, 0.6))));
        assertThat(strictValidator.validate(twoRegions).violations()).extracting(RevisionViolation::code)
                .containsExactly(RevisionCode.REGION_COUNT, RevisionCode.INSTRUCTION_LENGTH,
                        RevisionCode.POLYGON_TOO_MANY_POINTS, RevisionCode.INSTRUCTION_LENGTH);
    }
}
