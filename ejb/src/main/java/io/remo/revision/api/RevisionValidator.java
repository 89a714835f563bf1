package io.remo.revision.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a revision payload and reports every violation, each with a stable {@link RevisionCode} and the path of the
 * offending field. Text is cleaned ({@link RevisionText}) before its length is measured. Stateless and thread-safe.
 */
public final class RevisionValidator {

    private final RevisionLimits limits;

    public RevisionValidator(RevisionLimits limits) {
        this.limits = limits;
    }

    public RevisionValidator() {
        this(RevisionLimits.DEFAULT);
    }

    public RevisionValidation validate(RevisionRequest request) {
        List<RevisionViolation> violations = new ArrayList<>();
        if (request == null) {
            violations.add(new RevisionViolation(RevisionCode.REVISION_TYPE_INVALID, "type",
                    "the revision is missing"));
            return new RevisionValidation(null, violations);
        }
        RevisionRequest clean;
        if (RevisionRequest.LASSO.equals(request.type())) {
            clean = validateLasso(request, violations);
        } else if (RevisionRequest.FULL_REGENERATE.equals(request.type())) {
            clean = validateFullRegenerate(request, violations);
        } else {
            violations.add(new RevisionViolation(RevisionCode.REVISION_TYPE_INVALID, "type",
                    "type must be '" + RevisionRequest.LASSO + "' or '" + RevisionRequest.FULL_REGENERATE + "'"));
            clean = request;
        }
        return new RevisionValidation(clean, violations);
    }

    private RevisionRequest validateFullRegenerate(RevisionRequest request, List<RevisionViolation> violations) {
        if (request.regions() != null && !request.regions().isEmpty()) {
            violations.add(new RevisionViolation(RevisionCode.REGIONS_NOT_ALLOWED, "regions",
                    "a full regeneration takes feedback, not regions"));
        }
        String feedback = RevisionText.clean(request.feedback());
        int length = RevisionText.length(feedback);
        if (length < limits.minFeedbackLength() || length > limits.maxFeedbackLength()) {
            violations.add(new RevisionViolation(RevisionCode.FEEDBACK_LENGTH, "feedback", "feedback must be "
                    + limits.minFeedbackLength() + " to " + limits.maxFeedbackLength() + " characters, was " + length));
        }
        return new RevisionRequest(request.type(), request.regions(), feedback);
    }

    private RevisionRequest validateLasso(RevisionRequest request, List<RevisionViolation> violations) {
        if (request.feedback() != null) {
            violations.add(new RevisionViolation(RevisionCode.FEEDBACK_NOT_ALLOWED, "feedback",
                    "a lasso revision takes an instruction per region, not feedback"));
        }
        List<LassoRegion> regions = request.regions() == null ? List.of() : request.regions();
        if (regions.isEmpty() || regions.size() > limits.maxRegions()) {
            violations.add(new RevisionViolation(RevisionCode.REGION_COUNT, "regions",
                    "a lasso revision needs 1 to " + limits.maxRegions() + " regions, had " + regions.size()));
        }
        List<LassoRegion> cleanRegions = new ArrayList<>(regions.size());
        // Regions whose polygon is valid on its own, by index, for the overlap check.
        Map<Integer, PolygonGeometry.Vertex[]> polygons = new TreeMap<>();
        for (int i = 0; i < regions.size(); i++) {
            LassoRegion region = regions.get(i);
            String field = "regions[" + i + "]";
            if (region == null) {
                violations.add(new RevisionViolation(RevisionCode.REGION_COUNT, field, "region is missing"));
                cleanRegions.add(null);
                continue;
            }
            PolygonGeometry.Vertex[] polygon = validatePolygon(region.pathPoints(), field + ".pathPoints", violations);
            if (polygon != null) {
                polygons.put(i, polygon);
            }
            validateAction(region, field, violations);
            validateBrushes(region.brushStrokes(), field + ".brushStrokes", violations);
            String instruction = RevisionText.clean(region.instruction());
            int length = RevisionText.length(instruction);
            if (length < limits.minInstructionLength() || length > limits.maxInstructionLength()) {
                violations.add(new RevisionViolation(RevisionCode.INSTRUCTION_LENGTH, field + ".instruction",
                        "instruction must be " + limits.minInstructionLength() + " to " + limits.maxInstructionLength()
                                + " characters, was " + length));
            }
            cleanRegions.add(region.withText(instruction,
                    validateTokens(region.avoidTokens(), field + ".avoidTokens", violations),
                    validateTokens(region.styleNudges(), field + ".styleNudges", violations)));
        }
        List<Integer> indexes = List.copyOf(polygons.keySet());
        for (int a = 0; a < indexes.size(); a++) {
            for (int b = a + 1; b < indexes.size(); b++) {
                if (PolygonGeometry.interiorsOverlap(polygons.get(indexes.get(a)), polygons.get(indexes.get(b)))) {
                    violations.add(new RevisionViolation(RevisionCode.REGIONS_OVERLAP,
                            "regions[" + indexes.get(b) + "].pathPoints",
                            "region overlaps regions[" + indexes.get(a) + "]; regions must not overlap"));
                }
            }
        }
        return new RevisionRequest(request.type(), cleanRegions, request.feedback());
    }

    /** Checks a lasso path; returns its snapped vertices when the polygon is valid, null otherwise. */
    private PolygonGeometry.Vertex[] validatePolygon(List<NormalizedPoint> path, String field,
                                                     List<RevisionViolation> violations) {
        if (path == null || path.isEmpty()) {
            violations.add(new RevisionViolation(RevisionCode.POLYGON_TOO_FEW_POINTS, field,
                    "a lasso needs at least " + limits.minPolygonPoints() + " points"));
            return null;
        }
        // One more than the limit is allowed when it is the repeated first point that closes the path.
        if (path.size() > limits.maxPolygonPoints() + 1) {
            violations.add(new RevisionViolation(RevisionCode.POLYGON_TOO_MANY_POINTS, field,
                    "a lasso has at most " + limits.maxPolygonPoints() + " points, had " + path.size()));
            return null;
        }
        if (!pointsInRange(path, field, violations)) {
            return null;
        }
        List<NormalizedPoint> vertices = PolygonGeometry.distinctVertices(path);
        if (vertices.size() < limits.minPolygonPoints()) {
            violations.add(new RevisionViolation(RevisionCode.POLYGON_TOO_FEW_POINTS, field, "a lasso needs at least "
                    + limits.minPolygonPoints() + " distinct points, had " + vertices.size()));
            return null;
        }
        if (vertices.size() > limits.maxPolygonPoints()) {
            violations.add(new RevisionViolation(RevisionCode.POLYGON_TOO_MANY_POINTS, field,
                    "a lasso has at most " + limits.maxPolygonPoints() + " points, had " + vertices.size()));
            return null;
        }
        PolygonGeometry.Vertex[] polygon = PolygonGeometry.snapAll(vertices);
        if (PolygonGeometry.collinear(polygon)) {
            violations.add(new RevisionViolation(RevisionCode.POLYGON_DEGENERATE, field,
                    "the lasso's points lie on one line"));
            return null;
        }
        if (!PolygonGeometry.isSimple(polygon)) {
            violations.add(new RevisionViolation(RevisionCode.POLYGON_SELF_INTERSECTING, field,
                    "the lasso crosses or touches itself"));
            return null;
        }
        double area = PolygonGeometry.areaFraction(polygon);
        if (area < limits.minPolygonArea()) {
            violations.add(new RevisionViolation(RevisionCode.POLYGON_DEGENERATE, field, String.format(
                    "the lasso covers %.5f of the image, less than the minimum %.5f", area, limits.minPolygonArea())));
            return null;
        }
        return polygon;
    }

    private boolean pointsInRange(List<NormalizedPoint> points, String field, List<RevisionViolation> violations) {
        boolean valid = true;
        for (int j = 0; j < points.size(); j++) {
            NormalizedPoint point = points.get(j);
            String pointField = field + "[" + j + "]";
            if (point == null) {
                violations.add(new RevisionViolation(RevisionCode.POINT_OUT_OF_RANGE, pointField, "point is missing"));
                valid = false;
                continue;
            }
            valid &= coordinateInRange(point.x(), pointField + ".x", violations);
            valid &= coordinateInRange(point.y(), pointField + ".y", violations);
        }
        return valid;
    }

    private static boolean coordinateInRange(Double value, String field, List<RevisionViolation> violations) {
        if (value == null || !(value >= 0 && value <= 1)) {
            violations.add(new RevisionViolation(RevisionCode.POINT_OUT_OF_RANGE, field,
                    "coordinate must be a number from 0 to 1, was " + value));
            return false;
        }
        return true;
    }

    private void validateAction(LassoRegion region, String field, List<RevisionViolation> violations) {
        RegionAction action = RegionAction.fromWire(region.action()).orElse(null);
        if (action == null) {
            violations.add(new RevisionViolation(RevisionCode.ACTION_INVALID, field + ".action",
                    "action must be one of replace, remove, change_finish, resize, reposition; was "
                            + region.action()));
            return;
        }
        if (action == RegionAction.RESIZE) {
            if (region.scale() == null) {
                violations.add(new RevisionViolation(RevisionCode.SCALE_REQUIRED, field + ".scale",
                        "resize needs a scale"));
            } else if (!(region.scale() >= limits.minScale() && region.scale() <= limits.maxScale())) {
                violations.add(new RevisionViolation(RevisionCode.SCALE_OUT_OF_RANGE, field + ".scale", "scale must be "
                        + limits.minScale() + " to " + limits.maxScale() + ", was " + region.scale()));
            }
        } else if (region.scale() != null) {
            violations.add(new RevisionViolation(RevisionCode.SCALE_NOT_ALLOWED, field + ".scale",
                    "scale is for resize only"));
        }
        if (action == RegionAction.REPOSITION) {
            NormalizedOffset offset = region.offset();
            if (offset == null) {
                violations.add(new RevisionViolation(RevisionCode.OFFSET_REQUIRED, field + ".offset",
                        "reposition needs an offset"));
            } else {
                offsetInRange(offset.x(), field + ".offset.x", violations);
                offsetInRange(offset.y(), field + ".offset.y", violations);
            }
        } else if (region.offset() != null) {
            violations.add(new RevisionViolation(RevisionCode.OFFSET_NOT_ALLOWED, field + ".offset",
                    "offset is for reposition only"));
        }
    }

    private void offsetInRange(Double value, String field, List<RevisionViolation> violations) {
        if (value == null || !(Math.abs(value) <= limits.maxOffset())) {
            violations.add(new RevisionViolation(RevisionCode.OFFSET_OUT_OF_RANGE, field,
                    "offset must be a number from " + -limits.maxOffset() + " to " + limits.maxOffset() + ", was "
                            + value));
        }
    }

    private void validateBrushes(List<BrushStroke> strokes, String field, List<RevisionViolation> violations) {
        if (strokes.size() > limits.maxBrushStrokes()) {
            violations.add(new RevisionViolation(RevisionCode.BRUSH_INVALID, field,
                    "at most " + limits.maxBrushStrokes() + " brush strokes per region, had " + strokes.size()));
            return;
        }
        for (int k = 0; k < strokes.size(); k++) {
            BrushStroke stroke = strokes.get(k);
            String strokeField = field + "[" + k + "]";
            if (stroke == null) {
                violations.add(new RevisionViolation(RevisionCode.BRUSH_INVALID, strokeField,
                        "brush stroke is missing"));
                continue;
            }
            List<NormalizedPoint> points = stroke.points();
            if (points == null || points.isEmpty() || points.size() > limits.maxBrushPoints()) {
                violations.add(new RevisionViolation(RevisionCode.BRUSH_INVALID, strokeField + ".points",
                        "a brush stroke has 1 to " + limits.maxBrushPoints() + " points, had "
                                + (points == null ? 0 : points.size())));
            } else {
                pointsInRange(points, strokeField + ".points", violations);
            }
            if (!BrushStroke.ADD.equals(stroke.mode()) && !BrushStroke.SUBTRACT.equals(stroke.mode())) {
                violations.add(new RevisionViolation(RevisionCode.BRUSH_INVALID, strokeField + ".mode",
                        "mode must be 'add' or 'subtract', was " + stroke.mode()));
            }
            Double size = stroke.size();
            if (size == null || !(size >= limits.minBrushSize() && size <= limits.maxBrushSize())) {
                violations.add(new RevisionViolation(RevisionCode.BRUSH_INVALID, strokeField + ".size", "size must be "
                        + limits.minBrushSize() + " to " + limits.maxBrushSize() + " px, was " + size));
            }
        }
    }

    /** Checks avoid tokens or style nudges; returns them cleaned. */
    private List<String> validateTokens(List<String> tokens, String field, List<RevisionViolation> violations) {
        if (tokens.size() > limits.maxTokens()) {
            violations.add(new RevisionViolation(RevisionCode.TOKEN_INVALID, field,
                    "at most " + limits.maxTokens() + " entries, had " + tokens.size()));
        }
        List<String> clean = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            String token = RevisionText.clean(tokens.get(k));
            int length = RevisionText.length(token);
            if (length == 0 || length > limits.maxTokenLength()) {
                violations.add(new RevisionViolation(RevisionCode.TOKEN_INVALID, field + "[" + k + "]",
                        "an entry has 1 to " + limits.maxTokenLength() + " characters, had " + length));
            } else if (!isWords(token)) {
                violations.add(new RevisionViolation(RevisionCode.TOKEN_INVALID, field + "[" + k + "]",
                        "an entry holds letters, digits, spaces, hyphens, apostrophes and '&' only"));
            }
            clean.add(token);
        }
        return clean;
    }

    /** Tokens reach diffusion prompts: words only, so that none can carry prompt syntax such as weights. */
    private static boolean isWords(String token) {
        return token.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || isMark(c) || c == ' ' || c == '-'
                || c == '\'' || c == '\u2019' || c == '&');
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
