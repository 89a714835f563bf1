package io.remo.imaging;

/**
 * What the classical room test measured on a photo shrunk to {@value PhotoQuality#ANALYSIS_LONG_SIDE} px; see
 * {@link RoomCriteria} for how it is judged.
 *
 * @param edgeDensity share of pixels on Canny edges
 * @param lines long straight segments found by the probabilistic Hough transform
 * @param verticalShare share of the segments' total length within the tilt tolerance of vertical
 * @param horizontalShare the same for horizontal
 * @param convergingLines the most oblique segments whose extensions meet in one vanishing point
 * @param colourfulness Hasler and Süsstrunk's colourfulness (0 grey, ~30 moderate, over 100 extremely colourful)
 */
public record RoomEvidence(double edgeDensity, int lines, double verticalShare, double horizontalShare, int convergingLines,
        double colourfulness) {
}
