package io.remo.pipeline.engine.classical;

import io.remo.pipeline.engine.RegionLabel;
import io.remo.pipeline.engine.classical.RoomLayout.Surface;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Segments a room photo by geometry first and colour second. The {@link RoomLayout} says which surface each pixel
 * would show in an empty room. Each surface's own colour is the mode of its pixels' chroma (for the floor, of a band
 * along the walls, where rugs rarely reach); pixels far from it (Delta E with lightness counted at half weight, so
 * that shading and wood grain stay part of the surface) are things in the room. Those form connected components,
 * classified by where they stand:
 * <ul>
 *   <li>WINDOW: on a wall, off the floor, at least as light as the wall and low in saturation or sky-blue, and
 *       roughly rectangular;</li>
 *   <li>DOOR: on a wall, down to the floor line, at least {@value #DOOR_MIN_HEIGHT} of the wall's height there and
 *       taller than wide;</li>
 *   <li>FURNITURE: large and standing on (or lying on) the floor, furniture, rugs and other textiles;</li>
 *   <li>OTHER: the rest, things on walls or ceiling and small objects.</li>
 * </ul>
 * Limits: a white sofa against a white wall, or a rug the colour of the floor, is not separated from it; a wardrobe
 * against a side wall reads as a door; wall art that is bright and plain can read as a window.
 */
final class RoomSegmenter {

    /** Delta E (lightness at half weight) beyond which a pixel does not belong to its surface. */
    private static final double FOREIGN_DISTANCE = 12;
    /** How far (pixels) from a border between surfaces a pixel may move to the surface across it. */
    private static final int BORDER_SLACK = 4;
    private static final double LIGHTNESS_WEIGHT = 0.5;
    /** Chroma histogram bins, in a* / b* units. */
    private static final int BIN = 4;
    private static final int BINS = 256 / BIN;
    /** The floor's colour is sampled within this fraction of the image height below the walls. */
    private static final double FLOOR_BAND = 0.08;
    private static final double MIN_REGION = 0.002;
    private static final double MIN_WINDOW = 0.004;
    private static final double DOOR_MIN_HEIGHT = 0.45;
    /** How close (fraction of image height) to the floor line a thing must reach to stand on the floor. */
    private static final double FLOOR_CONTACT = 0.02;
    private static final double FRAME_REACH = 0.012;

    /** A thing found in the room, with its bounding box. */
    record Region(RegionLabel label, int area, int left, int top, int right, int bottom) {
    }

    /** Per-pixel {@link RegionLabel} codes and surfaces, with the things found. */
    record Segmentation(byte[] labels, byte[] surfaces, List<Region> regions) {
    }

    private RoomSegmenter() {
    }

    /** Segments the photo given as Lab of an edge-preserving smoothing (see {@link #smoothed}). */
    static Segmentation segment(LabPixels lab, RoomLayout layout) {
        int w = lab.width;
        int h = lab.height;
        int n = w * h;
        byte[] surfaces = surfaces(layout, w, h);

        float[][] references = new float[Surface.values().length][];
        for (Surface surface : Surface.values()) {
            references[surface.ordinal()] = surfaceColour(lab, surfaces, surface, layout);
        }
        // A surface hardly in the picture borrows the colour of the first one that is (one always is).
        float[] fallback = Arrays.stream(references).filter(Objects::nonNull).findFirst().orElseThrow();
        for (Surface surface : Surface.values()) {
            if (references[surface.ordinal()] == null) {
                references[surface.ordinal()] = fallback;
            }
        }

        surfaces = snappedToColour(lab, surfaces, references);
        byte[] foreign = new byte[n];
        for (int i = 0; i < n; i++) {
            if (distance(lab, i, references[surfaces[i]]) > FOREIGN_DISTANCE) {
                foreign[i] = (byte) 255;
            }
        }
        Mat foreignMask = OpenCvImages.grayMat(foreign, w, h);
        opencv_imgproc.morphologyEx(foreignMask, foreignMask, opencv_imgproc.MORPH_OPEN,
                opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE, new Size(3, 3)));
        opencv_imgproc.morphologyEx(foreignMask, foreignMask, opencv_imgproc.MORPH_CLOSE,
                opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE, new Size(5, 5)));
        Components things = Components.of(foreignMask);

        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            Surface surface = Surface.values()[surfaces[i]];
            labels[i] = (byte) (surface == Surface.FLOOR ? RegionLabel.FLOOR.code()
                    : surface == Surface.CEILING ? RegionLabel.CEILING.code() : RegionLabel.WALL.code());
        }
        ThingStats stats = new ThingStats(things, lab, surfaces, layout, FLOOR_CONTACT * h);
        List<Region> regions = new ArrayList<>();
        for (int c = 1; c < things.count; c++) {
            RegionLabel label = classify(c, things, stats, references, layout, w, h);
            paint(labels, things, c, label, w);
            regions.add(new Region(label, things.area[c], things.left[c], things.top[c], things.right(c),
                    things.bottom(c)));
        }
        growWindows(labels, regions, lab, surfaces, references);
        return new Segmentation(labels, surfaces, regions);
    }

    /**
     * Near a border between surfaces the layout may be a few pixels off: a pixel there that is nearer in colour to the
     * surface across the border than to its own belongs to that surface.
     */
    private static byte[] snappedToColour(LabPixels lab, byte[] surfaces, float[][] references) {
        int w = lab.width;
        int h = lab.height;
        byte[] snapped = surfaces.clone();
        int[][] offsets = {{-BORDER_SLACK, 0}, {BORDER_SLACK, 0}, {0, -BORDER_SLACK}, {0, BORDER_SLACK}};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double own = distance(lab, i, references[surfaces[i]]);
                for (int[] offset : offsets) {
                    int nx = x + offset[0];
                    int ny = y + offset[1];
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h || surfaces[ny * w + nx] == surfaces[i]) {
                        continue;
                    }
                    byte other = surfaces[ny * w + nx];
                    double across = distance(lab, i, references[other]);
                    if (across < own && across <= FOREIGN_DISTANCE) {
                        snapped[i] = other;
                        own = across;
                    }
                }
            }
        }
        return snapped;
    }

    /** Noise, grain and fine pattern flattened, region borders kept. */
    static Mat smoothed(Mat rgb) {
        Mat bilateral = new Mat();
        opencv_imgproc.bilateralFilter(rgb, bilateral, 9, 40, 7);
        Mat smooth = new Mat();
        opencv_imgproc.medianBlur(bilateral, smooth, 5);
        return smooth;
    }

    private static RegionLabel classify(int c, Components things, ThingStats stats, float[][] references,
            RoomLayout layout, int w, int h) {
        int n = w * h;
        int area = things.area[c];
        if (area < MIN_REGION * n) {
            return RegionLabel.OTHER;
        }
        double wallShare = stats.wallShare(c);
        double floorShare = stats.share(c, Surface.FLOOR);
        double centreX = things.left[c] + things.width[c] / 2.0;
        double floorLine = layout.floorLine(centreX);
        boolean onFloor = floorShare > 0.1 || stats.standing(c) > 0.05;
        if (stats.share(c, Surface.CEILING) > 0.6) {
            return RegionLabel.OTHER;
        }
        double fill = (double) area / ((double) things.width[c] * things.height[c]);
        float[] wall = references[stats.dominantWall(c).ordinal()];
        double lightness = stats.lightness(c);
        if (wallShare > 0.6 && !onFloor && area >= MIN_WINDOW * n && fill > 0.55 && lightness >= 55
                && (lightness >= wall[0] + 8 || stats.chroma(c) <= 30 && stats.meanB(c) < -5)) {
            return RegionLabel.WINDOW;
        }
        double wallHeight = floorLine - layout.ceilingLine(centreX);
        if (wallShare > 0.5 && stats.floorContact(c) > 0.5 && things.height[c] >= DOOR_MIN_HEIGHT * wallHeight
                && things.width[c] < 0.8 * things.height[c] && fill > 0.6) {
            return RegionLabel.DOOR;
        }
        return onFloor ? RegionLabel.FURNITURE : RegionLabel.OTHER;
    }

    /**
     * Labels a component and what lies between its pixels: for windows and doors, along its rows or its columns (the
     * panes' glazing bars), for furniture, along both (a table standing on a rug, not the wall between a sofa's arms).
     */
    private static void paint(byte[] labels, Components things, int c, RegionLabel label, int w) {
        byte code = (byte) label.code();
        int x0 = things.left[c];
        int x1 = things.right(c);
        int y0 = things.top[c];
        int y1 = things.bottom(c);
        if (label == RegionLabel.OTHER) {
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    if (things.labels[y * w + x] == c) {
                        labels[y * w + x] = code;
                    }
                }
            }
            return;
        }
        boolean either = label != RegionLabel.FURNITURE;
        int boxWidth = x1 - x0 + 1;
        int boxHeight = y1 - y0 + 1;
        int[] rowFirst = new int[boxHeight];
        int[] rowLast = new int[boxHeight];
        int[] columnFirst = new int[boxWidth];
        int[] columnLast = new int[boxWidth];
        Arrays.fill(rowFirst, Integer.MAX_VALUE);
        Arrays.fill(rowLast, -1);
        Arrays.fill(columnFirst, Integer.MAX_VALUE);
        Arrays.fill(columnLast, -1);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (things.labels[y * w + x] == c) {
                    rowFirst[y - y0] = Math.min(rowFirst[y - y0], x);
                    rowLast[y - y0] = x;
                    columnFirst[x - x0] = Math.min(columnFirst[x - x0], y);
                    columnLast[x - x0] = y;
                }
            }
        }
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                boolean inRow = x >= rowFirst[y - y0] && x <= rowLast[y - y0];
                boolean inColumn = y >= columnFirst[x - x0] && y <= columnLast[x - x0];
                if (things.labels[y * w + x] == c || (either ? inRow || inColumn : inRow && inColumn)) {
                    labels[y * w + x] = code;
                }
            }
        }
    }

    /**
     * Windows take in the light, neutral wall pixels around them, up to {@value #FRAME_REACH} of the long side away:
     * frames and sills, which are too close to a light wall's colour to stand out as things of their own.
     */
    private static void growWindows(byte[] labels, List<Region> regions, LabPixels lab, byte[] surfaces,
            float[][] references) {
        int w = lab.width;
        int h = lab.height;
        byte window = (byte) RegionLabel.WINDOW.code();
        byte wall = (byte) RegionLabel.WALL.code();
        int reach = (int) Math.ceil(FRAME_REACH * Math.max(w, h));
        for (Region region : regions) {
            if (region.label() != RegionLabel.WINDOW) {
                continue;
            }
            int x0 = Math.max(1, region.left() - reach);
            int x1 = Math.min(w - 2, region.right() + reach);
            int y0 = Math.max(1, region.top() - reach);
            int y1 = Math.min(h - 2, region.bottom() + reach);
            for (int step = 0; step < reach; step++) {
                List<Integer> grown = new ArrayList<>();
                for (int y = y0; y <= y1; y++) {
                    for (int x = x0; x <= x1; x++) {
                        int i = y * w + x;
                        if (labels[i] == wall
                                && (labels[i - 1] == window || labels[i + 1] == window || labels[i - w] == window
                                        || labels[i + w] == window)
                                && lab.l[i] >= references[surfaces[i]][0] + 6
                                && Math.hypot(lab.a[i], lab.b[i]) <= 15) {
                            grown.add(i);
                        }
                    }
                }
                grown.forEach(i -> labels[i] = window);
            }
        }
    }

    private static byte[] surfaces(RoomLayout layout, int w, int h) {
        byte[] surfaces = new byte[w * h];
        for (int x = 0; x < w; x++) {
            double cx = x + 0.5;
            for (int y = 0; y < h; y++) {
                surfaces[y * w + x] = (byte) layout.surface(cx, y + 0.5).ordinal();
            }
        }
        return surfaces;
    }

    /** Lab of the surface's dominant colour, or null when it is hardly in the picture. */
    private static float[] surfaceColour(LabPixels lab, byte[] surfaces, Surface surface, RoomLayout layout) {
        int w = lab.width;
        int h = lab.height;
        int[] counts = new int[BINS * BINS];
        int total = 0;
        for (int pass = 0; pass < 2 && total < MIN_REGION * w * h; pass++) {
            boolean bandOnly = pass == 0 && surface == Surface.FLOOR;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (surfaces[i] == surface.ordinal()
                            && (!bandOnly || y - layout.floorLine(x + 0.5) < FLOOR_BAND * h)) {
                        counts[bin(lab.a[i]) * BINS + bin(lab.b[i])]++;
                        total++;
                    }
                }
            }
        }
        if (total < MIN_REGION * w * h) {
            return null;
        }
        int mode = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[mode]) {
                mode = i;
            }
        }
        int modeA = mode / BINS;
        int modeB = mode % BINS;
        double sumA = 0;
        double sumB = 0;
        int[] lightness = new int[101];
        int members = 0;
        for (int i = 0; i < w * h; i++) {
            if (surfaces[i] == surface.ordinal() && Math.abs(bin(lab.a[i]) - modeA) <= 1
                    && Math.abs(bin(lab.b[i]) - modeB) <= 1) {
                sumA += lab.a[i];
                sumB += lab.b[i];
                lightness[Math.round(Math.max(0, Math.min(100, lab.l[i])))]++;
                members++;
            }
        }
        int median = 0;
        int seen = lightness[0];
        while (median < 100 && seen < members / 2) {
            median++;
            seen += lightness[median];
        }
        return new float[] {median, (float) (sumA / members), (float) (sumB / members)};
    }

    private static int bin(float chroma) {
        return Math.max(0, Math.min(BINS - 1, (int) ((chroma + 128) / BIN)));
    }

    static double distance(LabPixels lab, int i, float[] reference) {
        double dl = (lab.l[i] - reference[0]) * LIGHTNESS_WEIGHT;
        double da = lab.a[i] - reference[1];
        double db = lab.b[i] - reference[2];
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    /**
     * Per-component sums: surface shares, mean colour, and how it meets the floor: the share of its columns whose
     * lowest pixel lies on the floor line (a door) or reaches it or lower (anything standing).
     */
    private static final class ThingStats {

        private final int[][] surfaceCounts;
        private final double[] sumL;
        private final double[] sumA;
        private final double[] sumB;
        private final int[] area;
        private final int[] columns;
        private final int[] contacts;
        private final int[] standing;

        ThingStats(Components things, LabPixels lab, byte[] surfaces, RoomLayout layout, double contactTolerance) {
            surfaceCounts = new int[things.count][Surface.values().length];
            sumL = new double[things.count];
            sumA = new double[things.count];
            sumB = new double[things.count];
            area = things.area;
            for (int i = 0; i < things.labels.length; i++) {
                int c = things.labels[i];
                if (c != 0) {
                    surfaceCounts[c][surfaces[i]]++;
                    sumL[c] += lab.l[i];
                    sumA[c] += lab.a[i];
                    sumB[c] += lab.b[i];
                }
            }
            columns = new int[things.count];
            contacts = new int[things.count];
            standing = new int[things.count];
            int[] lastColumn = new int[things.count];
            Arrays.fill(lastColumn, -1);
            int w = lab.width;
            for (int x = 0; x < w; x++) {
                double floorLine = layout.floorLine(x + 0.5);
                for (int y = lab.height - 1; y >= 0; y--) {
                    int c = things.labels[y * w + x];
                    if (c != 0 && lastColumn[c] != x) {
                        lastColumn[c] = x;
                        columns[c]++;
                        if (Math.abs(y - floorLine) <= contactTolerance) {
                            contacts[c]++;
                        }
                        if (y >= floorLine - contactTolerance) {
                            standing[c]++;
                        }
                    }
                }
            }
        }

        double floorContact(int c) {
            return columns[c] == 0 ? 0 : (double) contacts[c] / columns[c];
        }

        /** Share of its columns whose lowest pixel reaches the floor line or below: legs and stands count. */
        double standing(int c) {
            return columns[c] == 0 ? 0 : (double) standing[c] / columns[c];
        }

        double share(int c, Surface surface) {
            return (double) surfaceCounts[c][surface.ordinal()] / area[c];
        }

        double wallShare(int c) {
            return share(c, Surface.BACK_WALL) + share(c, Surface.LEFT_WALL) + share(c, Surface.RIGHT_WALL);
        }

        Surface dominantWall(int c) {
            Surface best = Surface.BACK_WALL;
            for (Surface surface : List.of(Surface.LEFT_WALL, Surface.RIGHT_WALL)) {
                if (surfaceCounts[c][surface.ordinal()] > surfaceCounts[c][best.ordinal()]) {
                    best = surface;
                }
            }
            return best;
        }

        double lightness(int c) {
            return sumL[c] / area[c];
        }

        double meanB(int c) {
            return sumB[c] / area[c];
        }

        double chroma(int c) {
            return Math.hypot(sumA[c] / area[c], sumB[c] / area[c]);
        }
    }
}
