package io.remo.pipeline.engine.classical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Fits a {@link RoomLayout} to the line segments of a photo.
 *
 * <p>First the vanishing point: the oblique segments (neither near-horizontal nor near-vertical) of a room seen in
 * one-point perspective are the junctions of the side walls with floor and ceiling, floorboards, window reveals; they
 * converge. Every pairwise intersection inside the image is a candidate, scored by the squared length of the segments
 * that point at it within {@value #INLIER_DEGREES} degrees (so that the long junctions outvote short furniture
 * edges); the best is refined by least squares over its inliers. Oblique segments pointing within
 * {@value #RECEDING_DEGREES} degrees of it are the candidate receding edges (the tolerance absorbs lens distortion and
 * rooms that are not quite boxes).
 *
 * <p>Then the back wall: each side of its rectangle should lie on visible structure, horizontal edge pixels for the
 * top and bottom, vertical ones for the left and right, and from each corner a receding edge should run outwards. A
 * side scores the length of its support less {@value #BASELINE} of its own length, so that a line through empty wall
 * costs and a side on the image border (that surface is out of the picture) is neutral; corners score as
 * {@link CornerMaps} says, weighted {@value #CORNER_WEIGHT} times, because furniture often hides the back wall's
 * lower side but seldom all of a junction, and its own edges are parallel to the wall's; and the sides should meet in
 * the corners ({@link RectangleScore#junction}). The score separates into a left and a right part for each pair of top
 * and bottom rows, which makes an exhaustive search over all rectangles at {@value #FIT_LONG_SIDE} px cheap.
 */
final class PerspectiveFit {

    static final double NEAR_AXIS_DEGREES = 10;
    private static final double INLIER_DEGREES = 2;
    private static final double RECEDING_DEGREES = 20;
    private static final double COLLINEAR_SIN = Math.sin(Math.toRadians(2));
    private static final double COLLINEAR_DISTANCE = 3;
    private static final int MAX_OBLIQUE = 120;
    /** A vanishing point needs the support of at least one segment this long (fraction of width + height). */
    private static final double MIN_CONVERGING_LENGTH = 0.2;
    private static final double CORNER_WEIGHT = 3;
    private static final double JUNCTION_WEIGHT = 2;
    /** How far from a corner (fraction of the long side) its junction evidence is looked for. */
    private static final double JUNCTION_REACH = 0.04;
    private static final int FIT_LONG_SIDE = 512;
    private static final double BASELINE = 0.3;
    /** The vanishing point stays this far (as a fraction of the side) from the back wall's sides. */
    private static final double MIN_GAP = 0.05;
    /** Below this score (as a fraction of width + height) the photo shows no box and the typical one is used. */
    private static final double MIN_EVIDENCE = 0.15;

    private PerspectiveFit() {
    }

    /**
     * The layout of a photo from its line segments (in its pixels) and its structural edge pixels split by
     * orientation (masks of the photo's size: 0 or not).
     */
    static RoomLayout fit(List<LineSegment> segments, Mat horizontalEdges, Mat verticalEdges) {
        int width = horizontalEdges.cols();
        int height = horizontalEdges.rows();
        double scale = Math.min(1, (double) FIT_LONG_SIDE / Math.max(width, height));
        int w = Math.max(8, (int) Math.round(width * scale));
        int h = Math.max(8, (int) Math.round(height * scale));
        List<LineSegment> scaled = segments.stream().map(segment -> segment.scaled(scale)).toList();
        List<LineSegment> oblique = scaled.stream()
                .filter(segment -> segment.slopeDegrees() > NEAR_AXIS_DEGREES
                        && segment.slopeDegrees() < 90 - NEAR_AXIS_DEGREES)
                .sorted(Comparator.comparingDouble(LineSegment::length).reversed())
                .limit(MAX_OBLIQUE)
                .toList();
        double[] vanishing = vanishingPoint(oblique, w, h);
        RoomLayout typical = RoomLayout.typical(w, h);
        double splitX = vanishing == null ? typical.vx() : vanishing[0];
        double splitY = vanishing == null ? typical.vy() : vanishing[1];
        double recedingSin = Math.sin(Math.toRadians(RECEDING_DEGREES));
        List<LineSegment> receding = vanishing == null ? oblique
                : oblique.stream().filter(segment -> segment.sinAngleTo(splitX, splitY) < recedingSin).toList();
        byte[] horizontal = supportMap(horizontalEdges, w, h);
        byte[] vertical = supportMap(verticalEdges, w, h);
        RoomLayout layout = fitLayout(horizontal, vertical, receding, splitX, splitY, w, h);
        return (layout == null ? typical : layout).scaled(1 / scale);
    }

    /** The best supported convergence point of the oblique segments, or null when they do not converge. */
    static double[] vanishingPoint(List<LineSegment> oblique, int w, int h) {
        double inlierSin = Math.sin(Math.toRadians(INLIER_DEGREES));
        double bestScore = 0;
        double[] best = null;
        for (int i = 0; i < oblique.size(); i++) {
            for (int j = i + 1; j < oblique.size(); j++) {
                double[] candidate = intersection(oblique.get(i), oblique.get(j));
                if (candidate == null || candidate[0] < w * MIN_GAP || candidate[0] > w * (1 - MIN_GAP)
                        || candidate[1] < h * MIN_GAP || candidate[1] > h * (1 - MIN_GAP)) {
                    continue;
                }
                double score = 0;
                for (LineSegment segment : oblique) {
                    double sin = segment.sinAngleTo(candidate[0], candidate[1]);
                    if (sin < inlierSin) {
                        score += segment.length() * segment.length() * (1 - sin / inlierSin);
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        if (best == null || bestScore < MIN_CONVERGING_LENGTH * (w + h) * MIN_CONVERGING_LENGTH * (w + h)) {
            return null;
        }
        return refined(best, oblique, inlierSin);
    }

    /** Least-squares point nearest to the inlier lines, weighted by length. */
    private static double[] refined(double[] point, List<LineSegment> oblique, double inlierSin) {
        double saa = 0;
        double sab = 0;
        double sbb = 0;
        double sac = 0;
        double sbc = 0;
        for (LineSegment segment : oblique) {
            if (segment.sinAngleTo(point[0], point[1]) >= inlierSin) {
                continue;
            }
            double length = segment.length();
            double a = -(segment.y2() - segment.y1()) / length;
            double b = (segment.x2() - segment.x1()) / length;
            double c = a * segment.x1() + b * segment.y1();
            saa += length * a * a;
            sab += length * a * b;
            sbb += length * b * b;
            sac += length * a * c;
            sbc += length * b * c;
        }
        double determinant = saa * sbb - sab * sab;
        if (Math.abs(determinant) < 1e-6 * (saa + sbb) * (saa + sbb)) {
            return point;
        }
        return new double[] {(sac * sbb - sab * sbc) / determinant, (saa * sbc - sab * sac) / determinant};
    }

    private static double[] intersection(LineSegment p, LineSegment q) {
        double d1x = p.x2() - p.x1();
        double d1y = p.y2() - p.y1();
        double d2x = q.x2() - q.x1();
        double d2y = q.y2() - q.y1();
        double cross = d1x * d2y - d1y * d2x;
        if (Math.abs(cross) < 1e-9 * p.length() * q.length() * 20) {
            return null;
        }
        double t = ((q.x1() - p.x1()) * d2y - (q.y1() - p.y1()) * d2x) / cross;
        return new double[] {p.x1() + t * d1x, p.y1() + t * d1y};
    }

    private static RoomLayout fitLayout(byte[] horizontal, byte[] vertical, List<LineSegment> receding, double splitX,
            double splitY, int w, int h) {
        int[] rowSums = rowPrefixSums(horizontal, w, h);
        int[] columnSums = columnPrefixSums(vertical, w, h);
        CornerMaps corners = new CornerMaps(receding, w, h);

        int maxLeft = (int) Math.floor(splitX - w * MIN_GAP);
        int minRight = (int) Math.ceil(splitX + w * MIN_GAP);
        int maxTop = (int) Math.floor(splitY - h * MIN_GAP);
        int minBottom = (int) Math.ceil(splitY + h * MIN_GAP);
        if (maxLeft < 0 || minRight > w - 1 || maxTop < 0 || minBottom > h - 1) {
            return null;
        }
        RectangleScore score = new RectangleScore(corners, rowSums, columnSums, w, h);
        // Every other position first (the support maps are three pixels wide, so no line falls between two), then
        // every position near the best.
        double[] coarse = score.best(0, maxTop, minBottom, h - 1, 0, maxLeft, minRight, w - 1, 2);
        if (coarse == null) {
            return null;
        }
        int[] c = {(int) coarse[0], (int) coarse[1], (int) coarse[2], (int) coarse[3]};
        double[] fine = score.best(Math.max(0, c[1] - 2), Math.min(maxTop, c[1] + 2), Math.max(minBottom, c[3] - 2),
                Math.min(h - 1, c[3] + 2), Math.max(0, c[0] - 2), Math.min(maxLeft, c[0] + 2),
                Math.max(minRight, c[2] - 2), Math.min(w - 1, c[2] + 2), 1);
        if (fine[4] < MIN_EVIDENCE * (w + h)) {
            return null;
        }
        return layout(corners, (int) fine[0], (int) fine[1], (int) fine[2], (int) fine[3], splitX, splitY);
    }

    /**
     * The layout of the chosen rectangle: each corner's receding edge as the segments found it, or, where none did,
     * pointing at the vanishing point; the vanishing point for depth where the found edges meet, kept inside the
     * back wall.
     */
    private static RoomLayout layout(CornerMaps corners, int left, int top, int right, int bottom, double vx, double vy) {
        double[][] cornerPoints = {{left, bottom}, {right, bottom}, {left, top}, {right, top}};
        Corner[] order = {Corner.LOWER_LEFT, Corner.LOWER_RIGHT, Corner.UPPER_LEFT, Corner.UPPER_RIGHT};
        List<double[]> lines = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            double slope = corners.slope(order[i], (int) cornerPoints[i][0], (int) cornerPoints[i][1]);
            if (!Double.isNaN(slope)) {
                lines.add(new double[] {cornerPoints[i][0], cornerPoints[i][1], slope});
            }
        }
        double[] meeting = lines.size() >= 2 ? leastSquaresMeeting(lines) : null;
        double px = meeting == null ? vx : meeting[0];
        double py = meeting == null ? vy : meeting[1];
        double marginX = (right - left) * 0.1;
        double marginY = (bottom - top) * 0.1;
        px = Math.max(left + marginX, Math.min(right - marginX, px));
        py = Math.max(top + marginY, Math.min(bottom - marginY, py));
        double[] slopes = new double[4];
        for (int i = 0; i < order.length; i++) {
            double slope = corners.slope(order[i], (int) cornerPoints[i][0], (int) cornerPoints[i][1]);
            slopes[i] = Double.isNaN(slope) ? (cornerPoints[i][1] - py) / (cornerPoints[i][0] - px) : slope;
        }
        return new RoomLayout(left, top, right, bottom, slopes[0], slopes[1], slopes[2], slopes[3], px, py);
    }

    /** The point nearest (least squares) to lines given as {x, y, slope}. */
    private static double[] leastSquaresMeeting(List<double[]> lines) {
        double saa = 0;
        double sab = 0;
        double sbb = 0;
        double sac = 0;
        double sbc = 0;
        for (double[] line : lines) {
            double norm = Math.hypot(1, line[2]);
            double a = -line[2] / norm;
            double b = 1 / norm;
            double c = a * line[0] + b * line[1];
            saa += a * a;
            sab += a * b;
            sbb += b * b;
            sac += a * c;
            sbc += b * c;
        }
        double determinant = saa * sbb - sab * sab;
        if (Math.abs(determinant) < 1e-3) {
            return null;
        }
        return new double[] {(sac * sbb - sab * sbc) / determinant, (saa * sbc - sab * sac) / determinant};
    }

    /** An edge mask at the fit's resolution (any edge pixel in a cell counts), widened by a pixel each way. */
    private static byte[] supportMap(Mat edges, int w, int h) {
        try (Mat small = new Mat(); Mat binary = new Mat();
                Mat kernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_RECT, new Size(3, 3))) {
            opencv_imgproc.resize(edges, small, new Size(w, h), 0, 0, opencv_imgproc.INTER_AREA);
            opencv_imgproc.threshold(small, binary, 0, 1, opencv_imgproc.THRESH_BINARY);
            opencv_imgproc.dilate(binary, binary, kernel);
            return OpenCvImages.bytes(binary);
        }
    }

    private static int[] rowPrefixSums(byte[] map, int w, int h) {
        int[] sums = new int[h * (w + 1)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                sums[y * (w + 1) + x + 1] = sums[y * (w + 1) + x] + map[y * w + x];
            }
        }
        return sums;
    }

    private static int[] columnPrefixSums(byte[] map, int w, int h) {
        int[] sums = new int[w * (h + 1)];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                sums[x * (h + 1) + y + 1] = sums[x * (h + 1) + y] + map[y * w + x];
            }
        }
        return sums;
    }

    /**
     * The score of back-wall rectangles, split into a left part (left side, its two corners, and minus the top and
     * bottom rows' support up to the left side) and a right part (the same on the right, plus the rows' support up to
     * the right side), so that for each top and bottom the best left and the best right are found independently.
     */
    private static final class RectangleScore {

        private final CornerMaps corners;
        private final int[] rowSums;
        private final int[] columnSums;
        private final int w;
        private final int h;
        private final int reach;

        RectangleScore(CornerMaps corners, int[] rowSums, int[] columnSums, int w, int h) {
            this.corners = corners;
            this.rowSums = rowSums;
            this.columnSums = columnSums;
            this.w = w;
            this.h = h;
            this.reach = Math.max(4, (int) Math.round(JUNCTION_REACH * Math.max(w, h)));
        }

        /** The best {left, top, right, bottom, score} within the ranges (inclusive), every {@code step} pixels. */
        double[] best(int topFrom, int topTo, int bottomFrom, int bottomTo, int leftFrom, int leftTo, int rightFrom,
                int rightTo, int step) {
            double[] best = null;
            for (int top = topFrom; top <= topTo; top += step) {
                for (int bottom = bottomFrom; bottom <= bottomTo; bottom += step) {
                    double bestLeftScore = Double.NEGATIVE_INFINITY;
                    int bestLeft = leftFrom;
                    for (int left = leftFrom; left <= leftTo; left += step) {
                        double score = leftScore(left, top, bottom);
                        if (score > bestLeftScore) {
                            bestLeftScore = score;
                            bestLeft = left;
                        }
                    }
                    double bestRightScore = Double.NEGATIVE_INFINITY;
                    int bestRight = rightFrom;
                    for (int right = rightFrom; right <= rightTo; right += step) {
                        double score = rightScore(right, top, bottom);
                        if (score > bestRightScore) {
                            bestRightScore = score;
                            bestRight = right;
                        }
                    }
                    double total = bestLeftScore + bestRightScore;
                    if (best == null || total > best[4]) {
                        best = new double[] {bestLeft, top, bestRight, bottom, total};
                    }
                }
            }
            return best;
        }

        private double leftScore(int left, int top, int bottom) {
            double score = CORNER_WEIGHT * (corners.score(Corner.LOWER_LEFT, left, bottom)
                    + corners.score(Corner.UPPER_LEFT, left, top));
            if (left > 0) {
                score += columnSupport(left, top, bottom) - BASELINE * (bottom - top);
                if (bottom < h - 1) {
                    score += junction(left, bottom, 1, -1);
                }
                if (top > 0) {
                    score += junction(left, top, 1, 1);
                }
            }
            if (bottom < h - 1) {
                score -= rowSums[bottom * (w + 1) + left] - BASELINE * left;
            }
            if (top > 0) {
                score -= rowSums[top * (w + 1) + left] - BASELINE * left;
            }
            return score;
        }

        private double rightScore(int right, int top, int bottom) {
            double score = CORNER_WEIGHT * (corners.score(Corner.LOWER_RIGHT, right, bottom)
                    + corners.score(Corner.UPPER_RIGHT, right, top));
            if (right < w - 1) {
                score += columnSupport(right, top, bottom) - BASELINE * (bottom - top);
                if (bottom < h - 1) {
                    score += junction(right, bottom, -1, -1);
                }
                if (top > 0) {
                    score += junction(right, top, -1, 1);
                }
            }
            if (bottom < h - 1) {
                score += rowSums[bottom * (w + 1) + right + 1] - BASELINE * (right + 1);
            }
            if (top > 0) {
                score += rowSums[top * (w + 1) + right + 1] - BASELINE * (right + 1);
            }
            return score;
        }

        private double columnSupport(int x, int top, int bottom) {
            return columnSums[x * (h + 1) + bottom + 1] - columnSums[x * (h + 1) + top];
        }

        /**
         * Evidence that a corner is a real junction: the support of the horizontal side in the corner's row and of
         * the vertical side in its column, within {@code reach} of the corner towards the back wall's inside ({@code
         * inwardX}, {@code inwardY}: +1 or -1), less the baseline. Furniture standing in front of a wall has edges
         * parallel to the wall's, but they do not meet where the wall's corner is.
         */
        private double junction(int x, int y, int inwardX, int inwardY) {
            int x0 = Math.max(0, Math.min(x, x + inwardX * reach));
            int x1 = Math.min(w - 1, Math.max(x, x + inwardX * reach));
            int y0 = Math.max(0, Math.min(y, y + inwardY * reach));
            int y1 = Math.min(h - 1, Math.max(y, y + inwardY * reach));
            double horizontal = rowSums[y * (w + 1) + x1 + 1] - rowSums[y * (w + 1) + x0];
            double vertical = columnSupport(x, y0, y1);
            return JUNCTION_WEIGHT * (horizontal + vertical - BASELINE * (x1 - x0 + 1 + y1 - y0 + 1));
        }
    }

    enum Corner {
        LOWER_LEFT(-1, 1), LOWER_RIGHT(1, 1), UPPER_LEFT(-1, -1), UPPER_RIGHT(1, -1);

        /** Direction of the receding edge, away from the back wall. */
        final int outX;
        final int outY;

        Corner(int outX, int outY) {
            this.outX = outX;
            this.outY = outY;
        }
    }

    /**
     * For each kind of corner and each pixel, how well a receding edge leaving the back wall there is supported: the
     * length of the collinear segments beyond the pixel, less {@link #BASELINE} of the distance to their far end (so
     * that a corner short of where its edge ends pays for the gap), and the edge's slope. A pixel no segment reaches
     * scores 0: an occluded corner is neither rewarded nor punished.
     */
    private static final class CornerMaps {

        private final int w;
        private final double[][] scores = new double[Corner.values().length][];
        private final double[][] slopes = new double[Corner.values().length][];

        CornerMaps(List<LineSegment> receding, int w, int h) {
            this.w = w;
            for (Corner corner : Corner.values()) {
                scores[corner.ordinal()] = new double[w * h];
                slopes[corner.ordinal()] = new double[w * h];
                java.util.Arrays.fill(slopes[corner.ordinal()], Double.NaN);
            }
            for (LineSegment segment : receding) {
                double dx = segment.x2() - segment.x1();
                double dy = segment.y2() - segment.y1();
                boolean fallingToTheRight = dx * dy > 0;
                for (Corner corner : Corner.values()) {
                    if (fallingToTheRight == (corner.outX * corner.outY > 0)) {
                        trace(segment, corner, receding, w, h);
                    }
                }
            }
        }

        /** Walks the segment's line from its middle inwards to the border, scoring each pixel as a corner. */
        private void trace(LineSegment segment, Corner corner, List<LineSegment> receding, int w, int h) {
            double length = segment.length();
            double ux = Math.abs(segment.x2() - segment.x1()) / length * corner.outX;
            double uy = Math.abs(segment.y2() - segment.y1()) / length * corner.outY;
            double ox = segment.midX();
            double oy = segment.midY();
            List<double[]> intervals = new ArrayList<>();
            for (LineSegment other : receding) {
                if (collinear(segment, other)) {
                    double t1 = (other.x1() - ox) * ux + (other.y1() - oy) * uy;
                    double t2 = (other.x2() - ox) * ux + (other.y2() - oy) * uy;
                    intervals.add(new double[] {Math.min(t1, t2), Math.max(t1, t2)});
                }
            }
            // Sorted by start, so that the walk below measures their union: overlapping detections count once.
            intervals.sort(Comparator.comparingDouble(interval -> interval[0]));
            double slope = uy / ux;
            double[] cornerScores = scores[corner.ordinal()];
            double[] cornerSlopes = slopes[corner.ordinal()];
            for (double t = 0; ; t -= 1) {
                int x = (int) Math.round(ox + t * ux);
                int y = (int) Math.round(oy + t * uy);
                if (x < 0 || y < 0 || x >= w || y >= h) {
                    return;
                }
                double support = 0;
                double far = t;
                double covered = t;
                for (double[] interval : intervals) {
                    if (interval[1] > covered) {
                        support += interval[1] - Math.max(interval[0], covered);
                        covered = interval[1];
                        far = covered;
                    }
                }
                double score = support - BASELINE * (far - t);
                for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
                        int index = ny * w + nx;
                        if (score > cornerScores[index]) {
                            cornerScores[index] = score;
                            cornerSlopes[index] = slope;
                        }
                    }
                }
            }
        }

        private static boolean collinear(LineSegment a, LineSegment b) {
            double sinAngle = Math.abs((a.x2() - a.x1()) * (b.y2() - b.y1()) - (a.y2() - a.y1()) * (b.x2() - b.x1()))
                    / (a.length() * b.length());
            return sinAngle < COLLINEAR_SIN && distanceToLine(a, b.x1(), b.y1()) < COLLINEAR_DISTANCE
                    && distanceToLine(a, b.x2(), b.y2()) < COLLINEAR_DISTANCE;
        }

        private static double distanceToLine(LineSegment line, double x, double y) {
            double dx = line.x2() - line.x1();
            double dy = line.y2() - line.y1();
            return Math.abs(dx * (y - line.y1()) - dy * (x - line.x1())) / line.length();
        }

        double score(Corner corner, int x, int y) {
            return scores[corner.ordinal()][y * w + x];
        }

        /** Slope dy/dx of the receding edge that scored the pixel, NaN where none did. */
        double slope(Corner corner, int x, int y) {
            return slopes[corner.ordinal()][y * w + x];
        }
    }
}
