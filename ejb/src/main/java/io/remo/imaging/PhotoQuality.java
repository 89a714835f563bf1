package io.remo.imaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The photo check: is an uploaded room photo big, sharp, well exposed, new to the project and of a room?
 *
 * <p>Everything but the size is measured on a copy whose long side is {@value #ANALYSIS_LONG_SIDE} px (a large JPEG
 * is decoded at reduced scale to get there), so that thresholds hold whatever the camera's resolution, and the check
 * costs about as much for 48 MP as for 12 MP. That is also the resolution the redesign pipeline works at: blur that
 * does not show there does not matter.
 *
 * <ul>
 * <li>Sharpness: variance of the Laplacian of the grey copy, taken per direction (see
 * {@link PhotoAssessment#sharpness()}), after its contrast is stretched so that a dim photo is not mistaken for a
 * blurry one. Focus blur and shake remove the fine detail that the Laplacian responds to.</li>
 * <li>Exposure: mean grey level and the shares of crushed shadows and blown highlights.</li>
 * <li>Duplicates: {@link PerceptualHash} distance to the project's other photos.</li>
 * <li>Room: classical vision, see {@link RoomCriteria} and {@link RoomEvidence}: edge density, long straight lines
 * (Canny edges, probabilistic Hough transform) with both verticals and horizontals among them, and either mostly
 * such upright lines or oblique lines converging on a vanishing point; and a colourfulness that paint, wood and fabric
 * do not exceed. It recognises built interiors by their geometry, and so refuses featureless pictures, noise,
 * landscapes, close-ups of objects or faces, and documents; it cannot tell a room from a corridor or a shop.</li>
 * </ul>
 *
 * A problem that makes a measure meaningless suppresses the judgements resting on it: a badly exposed photo is not
 * also called blurry or "not a room", and an enlarged small one is not called blurry. A blurry photo can also be
 * "not a room" (a featureless picture is both), and the advice for each applies. Thread-safe.
 */
public final class PhotoQuality {

    public static final int ANALYSIS_LONG_SIDE = 1024;
    public static final int DARK_LEVEL = 10;
    public static final int BRIGHT_LEVEL = 245;
    private static final double MAX_CONTRAST_GAIN = 4;
    /** [1 -2 1] along each direction; the diagonals halved, their taps being sqrt(2) apart. */
    private static final float[][] SECOND_DIFFERENCES = {
        {0, 0, 0, 1, -2, 1, 0, 0, 0},
        {0, 1, 0, 0, -2, 0, 0, 1, 0},
        {0, 0, 0.5f, 0, -1, 0, 0.5f, 0, 0},
        {0.5f, 0, 0, 0, -1, 0, 0, 0, 0.5f}};

    /**
     * @param minLongSide pixels on the photo's long side, at full resolution
     * @param minSharpness {@link PhotoAssessment#sharpness()} below which a photo is blurry
     * @param minMeanLuminance mean grey level below which a photo is too dark
     * @param maxMeanLuminance mean grey level above which it is too bright
     * @param maxDarkFraction share of pixels at or below {@value #DARK_LEVEL} above which it is too dark
     * @param maxBrightFraction share of pixels at or above {@value #BRIGHT_LEVEL} above which it is too bright
     * @param maxDuplicateDistance hash distance at or under which two photos are the same view
     */
    public record Thresholds(int minLongSide, double minSharpness, double minMeanLuminance, double maxMeanLuminance,
            double maxDarkFraction, double maxBrightFraction, int maxDuplicateDistance, RoomCriteria room) {

        public static final Thresholds DEFAULTS = new Thresholds(1024, 6, 45, 230, 0.5, 0.35, 4, RoomCriteria.DEFAULTS);
    }

    private final Thresholds thresholds;
    private final long maxPixels;

    /** @param maxPixels the largest photo it decodes, as for uploads */
    public PhotoQuality(Thresholds thresholds, long maxPixels) {
        this.thresholds = thresholds;
        this.maxPixels = maxPixels;
    }

    /**
     * @param otherPhotos the hashes of the project's photos this one must not duplicate
     * @throws ImageRejectedException when the bytes are not a decodable image within the pixel limit
     */
    public PhotoAssessment assess(byte[] photo, Collection<PerceptualHash> otherPhotos) {
        ImageStructure structure = ImageStructure.parse(photo);
        boolean turned = structure.orientation() >= 5;
        int width = turned ? structure.height() : structure.width();
        int height = turned ? structure.width() : structure.height();
        try (Mat decoded = ImageCodec.decodeRgbMat(photo, structure, maxPixels, ANALYSIS_LONG_SIDE);
                Mat rgb = ImageCodec.resized(decoded, ANALYSIS_LONG_SIDE); Mat gray = new Mat()) {
            opencv_imgproc.cvtColor(rgb, gray, opencv_imgproc.COLOR_RGB2GRAY);
            long[] histogram = histogram(gray);
            double pixels = gray.total();
            double meanLuminance = 0;
            for (int level = 0; level < 256; level++) {
                meanLuminance += level * histogram[level] / pixels;
            }
            double darkFraction = share(histogram, 0, DARK_LEVEL, pixels);
            double brightFraction = share(histogram, BRIGHT_LEVEL, 255, pixels);
            PerceptualHash hash = PerceptualHash.of(rgb);
            OptionalInt nearest = otherPhotos.stream().mapToInt(hash::distance).min();
            double sharpness;
            RoomEvidence room;
            try (Mat contrast = stretched(gray, histogram)) {
                sharpness = directionalSharpness(contrast);
                room = RoomCues.measure(rgb, contrast);
            }

            List<PhotoProblem> problems = new ArrayList<>();
            boolean tooSmall = Math.max(width, height) < thresholds.minLongSide();
            if (tooSmall) {
                problems.add(PhotoProblem.PHOTO_TOO_SMALL);
            }
            boolean tooDark = meanLuminance < thresholds.minMeanLuminance() || darkFraction > thresholds.maxDarkFraction();
            boolean tooBright = meanLuminance > thresholds.maxMeanLuminance() || brightFraction > thresholds.maxBrightFraction();
            if (tooDark) {
                problems.add(PhotoProblem.PHOTO_TOO_DARK);
            }
            if (tooBright) {
                problems.add(PhotoProblem.PHOTO_TOO_BRIGHT);
            }
            boolean exposed = !tooDark && !tooBright;
            boolean blurry = exposed && !tooSmall && sharpness < thresholds.minSharpness();
            if (blurry) {
                problems.add(PhotoProblem.PHOTO_BLURRY);
            }
            if (nearest.isPresent() && nearest.getAsInt() <= thresholds.maxDuplicateDistance()) {
                problems.add(PhotoProblem.PHOTO_DUPLICATE);
            }
            if (exposed && !thresholds.room().met(room)) {
                problems.add(PhotoProblem.NOT_A_ROOM);
            }
            return new PhotoAssessment(width, height, sharpness, meanLuminance, darkFraction, brightFraction, hash, nearest,
                    room, problems);
        }
    }

    /**
     * The grey copy with its 1st to 99th percentile stretched over the full range (at most {@value #MAX_CONTRAST_GAIN}
     * times, so that the noise of a featureless picture does not become structure). Dimming a photo scales every edge
     * and every Laplacian down: without this a dim room would read as blurry and edgeless.
     */
    private static Mat stretched(Mat gray, long[] histogram) {
        double low = percentile(histogram, gray.total(), 0.01);
        double high = percentile(histogram, gray.total(), 0.99);
        double gain = Math.min(MAX_CONTRAST_GAIN, 255 / Math.max(1, high - low));
        Mat stretched = new Mat();
        gray.convertTo(stretched, -1, gain, -low * gain);
        return stretched;
    }

    private static int percentile(long[] histogram, long pixels, double fraction) {
        long count = 0;
        for (int level = 0; level < 256; level++) {
            count += histogram[level];
            if (count >= fraction * pixels) {
                return level;
            }
        }
        return 255;
    }

    /**
     * The Laplacian split by direction: the variance of the second difference along 0, 45, 90 and 135 degrees, the
     * weakest of them. Focus blur lowers all four; shake in one direction lowers the one along it and leaves edges
     * across it sharp, which the full Laplacian would average away.
     */
    private static double directionalSharpness(Mat gray) {
        double weakest = Double.MAX_VALUE;
        for (float[] kernel : SECOND_DIFFERENCES) {
            try (FloatPointer taps = new FloatPointer(kernel); Mat weights = new Mat(3, 3, opencv_core.CV_32F, taps);
                    Mat response = new Mat(); Mat mean = new Mat(); Mat deviation = new Mat()) {
                opencv_imgproc.filter2D(gray, response, opencv_core.CV_32F, weights);
                opencv_core.meanStdDev(response, mean, deviation);
                try (DoubleIndexer indexer = deviation.createIndexer()) {
                    weakest = Math.min(weakest, indexer.get(0) * indexer.get(0));
                }
            }
        }
        return weakest;
    }

    private static long[] histogram(Mat gray) {
        byte[] levels = new byte[(int) gray.total()];
        gray.data().get(levels);
        long[] histogram = new long[256];
        for (byte level : levels) {
            histogram[level & 0xFF]++;
        }
        return histogram;
    }

    private static double share(long[] histogram, int from, int to, double pixels) {
        long count = 0;
        for (int level = from; level <= to; level++) {
            count += histogram[level];
        }
        return count / pixels;
    }
}
