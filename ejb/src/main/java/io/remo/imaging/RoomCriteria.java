package io.remo.imaging;

/**
 * Thresholds of the classical room test. A room photo shows built structure: enough edges but not the chaos of
 * texture or noise, long straight lines among which both verticals (wall corners, door and window frames, furniture
 * sides) and horizontals (skirting, shelves, table tops) are present, and either mostly such upright lines or
 * oblique lines converging on a vanishing point (floor boards, ceiling edges, the tops of walls receding). Colour
 * stays within what paint, wood and fabric produce.
 *
 * @param minEdgeDensity below it the picture is (nearly) featureless: a wall, the sky, a smooth gradient
 * @param maxEdgeDensity above it the picture is texture or noise
 * @param minLines long straight segments needed at all
 * @param minVerticalShare verticals' share of line length needed
 * @param minHorizontalShare horizontals' share of line length needed
 * @param minUprightShare verticals and horizontals together, enough on their own without perspective
 * @param minConvergingLines oblique lines through one vanishing point, enough together with the verticals and horizontals
 * @param maxColourfulness above it the colours are those of nature, screens or noise
 */
public record RoomCriteria(double minEdgeDensity, double maxEdgeDensity, int minLines, double minVerticalShare,
        double minHorizontalShare, double minUprightShare, int minConvergingLines, double maxColourfulness) {

    public static final RoomCriteria DEFAULTS = new RoomCriteria(0.006, 0.20, 8, 0.08, 0.08, 0.60, 4, 90);

    public boolean met(RoomEvidence evidence) {
        return evidence.edgeDensity() >= minEdgeDensity && evidence.edgeDensity() <= maxEdgeDensity
                && evidence.lines() >= minLines
                && evidence.verticalShare() >= minVerticalShare && evidence.horizontalShare() >= minHorizontalShare
                && (evidence.verticalShare() + evidence.horizontalShare() >= minUprightShare
                        || evidence.convergingLines() >= minConvergingLines)
                && evidence.colourfulness() <= maxColourfulness;
    }
}
