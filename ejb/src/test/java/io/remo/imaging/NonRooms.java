package io.remo.imaging;

import java.util.Random;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Photos that are not of a room, as phone JPEGs: each scene is drawn, then given the sensor noise and slight softness
 * of a camera, like {@code SyntheticRoom}'s rooms.
 */
final class NonRooms {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1200;

    private NonRooms() {
    }

    /** A wall or a sheet filling the frame. */
    static byte[] flatField() {
        return photo(new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, new Scalar(175, 190, 205, 0)));
    }

    /** A smooth diagonal gradient, as of a sky at dusk or a lit surface. */
    static byte[] gradient() {
        Mat image = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3);
        byte[] pixels = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double t = (x + y) / (double) (WIDTH + HEIGHT);
                int i = (y * WIDTH + x) * 3;
                pixels[i] = (byte) (160 - 120 * t);
                pixels[i + 1] = (byte) (60 + 110 * t);
                pixels[i + 2] = (byte) (40 + 200 * t);
            }
        }
        image.data().put(pixels);
        return photo(image);
    }

    /** Every pixel random. */
    static byte[] noise() {
        Mat image = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3);
        byte[] pixels = new byte[WIDTH * HEIGHT * 3];
        new Random(7).nextBytes(pixels);
        image.data().put(pixels);
        return photo(image);
    }

    /** Sky with clouds and a sun above a horizon, green hills and round trees below. */
    static byte[] landscape() {
        Mat image = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3);
        int horizon = HEIGHT * 55 / 100;
        byte[] pixels = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int i = (y * WIDTH + x) * 3;
                if (y < horizon) {
                    double t = y / (double) horizon;
                    pixels[i] = (byte) 235;
                    pixels[i + 1] = (byte) (150 + 60 * t);
                    pixels[i + 2] = (byte) (80 + 100 * t);
                } else {
                    double t = (y - horizon) / (double) (HEIGHT - horizon);
                    pixels[i] = (byte) (40 + 20 * t);
                    pixels[i + 1] = (byte) (150 - 40 * t);
                    pixels[i + 2] = (byte) (70 - 20 * t);
                }
            }
        }
        image.data().put(pixels);
        Random random = new Random(3);
        for (int hill = 0; hill < 3; hill++) {
            ellipse(image, random.nextInt(WIDTH), horizon + 40, 300 + random.nextInt(300), 90 + random.nextInt(60), 0,
                    new Scalar(50, 130 + 10 * hill, 60, 0));
        }
        for (int cloud = 0; cloud < 6; cloud++) {
            int cx = random.nextInt(WIDTH);
            int cy = 80 + random.nextInt(horizon / 2);
            for (int puff = 0; puff < 4; puff++) {
                ellipse(image, cx + puff * 60 - 90, cy + random.nextInt(30), 70 + random.nextInt(40), 40 + random.nextInt(20), 0,
                        new Scalar(250, 250, 250, 0));
            }
        }
        ellipse(image, WIDTH * 4 / 5, HEIGHT / 8, 60, 60, 0, new Scalar(170, 240, 255, 0));
        for (int tree = 0; tree < 7; tree++) {
            int cx = 100 + random.nextInt(WIDTH - 200);
            int cy = horizon + 60 + random.nextInt(HEIGHT - horizon - 200);
            for (int crown = 0; crown < 5; crown++) {
                ellipse(image, cx + random.nextInt(80) - 40, cy + random.nextInt(80) - 40, 50 + random.nextInt(30),
                        50 + random.nextInt(30), 0, new Scalar(30, 80 + random.nextInt(30), 30, 0));
            }
        }
        try (Mat blurred = new Mat(); Size size = new Size(9, 9)) {
            opencv_imgproc.GaussianBlur(image, blurred, size, 0);
            blurred.copyTo(image);
        }
        return photo(image);
    }

    /** A face filling the frame: skin with texture, hair, eyes, nose and mouth. */
    static byte[] face() {
        Mat image = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, new Scalar(60, 70, 90, 0));
        int cx = WIDTH / 2;
        int cy = HEIGHT / 2 + 60;
        ellipse(image, cx, cy - 330, 430, 300, 0, new Scalar(30, 45, 70, 0));
        ellipse(image, cx, cy, 380, 520, 0, new Scalar(150, 175, 215, 0));
        Random random = new Random(11);
        for (int spot = 0; spot < 3000; spot++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double r = Math.sqrt(random.nextDouble());
            int x = (int) (cx + Math.cos(angle) * r * 360);
            int y = (int) (cy + Math.sin(angle) * r * 500);
            int shade = 135 + random.nextInt(30);
            ellipse(image, x, y, 2 + random.nextInt(4), 2 + random.nextInt(4), 0, new Scalar(shade, shade + 25, shade + 60, 0));
        }
        for (int side = -1; side <= 1; side += 2) {
            ellipse(image, cx + side * 150, cy - 120, 75, 38, 0, new Scalar(245, 245, 245, 0));
            ellipse(image, cx + side * 150, cy - 120, 30, 30, 0, new Scalar(60, 40, 30, 0));
            ellipse(image, cx + side * 150, cy - 200, 90, 18, side * 8, new Scalar(40, 50, 70, 0));
        }
        ellipse(image, cx, cy + 40, 40, 90, 0, new Scalar(130, 155, 200, 0));
        ellipse(image, cx, cy + 230, 150, 45, 0, new Scalar(90, 90, 180, 0));
        try (Mat blurred = new Mat(); Size size = new Size(7, 7)) {
            opencv_imgproc.GaussianBlur(image, blurred, size, 0);
            blurred.copyTo(image);
        }
        return photo(image);
    }

    /** An orange close up: a big textured disc. */
    static byte[] texturedDisc() {
        Mat image = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, new Scalar(200, 200, 195, 0));
        ellipse(image, WIDTH / 2, HEIGHT / 2, 520, 520, 0, new Scalar(20, 130, 240, 0));
        Random random = new Random(5);
        for (int dimple = 0; dimple < 6000; dimple++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double r = Math.sqrt(random.nextDouble()) * 510;
            int shade = random.nextInt(40);
            ellipse(image, (int) (WIDTH / 2 + Math.cos(angle) * r), (int) (HEIGHT / 2 + Math.sin(angle) * r), 3, 3, 0,
                    new Scalar(10, 110 + shade, 210 + shade / 2, 0));
        }
        return photo(image);
    }

    /** A printed page filling the frame: lines of text on paper. */
    static byte[] textOnPaper() {
        Mat image = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, new Scalar(235, 238, 240, 0));
        String[] words = {"The", "room", "measures", "four", "metres", "by", "five,", "with", "a", "window", "facing", "south",
            "and", "oak", "floor", "boards", "laid", "in", "1962."};
        Random random = new Random(9);
        for (int line = 0; line < 22; line++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 52) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            try (Point origin = new Point(110, 120 + line * 48); Scalar ink = new Scalar(30, 30, 30, 0)) {
                opencv_imgproc.putText(image, text.toString(), origin, opencv_imgproc.FONT_HERSHEY_SIMPLEX, 1.15, ink, 2,
                        opencv_imgproc.LINE_AA, false);
            }
        }
        return photo(image);
    }

    /** A painting of black bars and primary-coloured blocks: all upright lines, but colours no room has. */
    static byte[] mondrian() {
        Mat image = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, new Scalar(235, 240, 242, 0));
        int[] columns = {0, 380, 560, 1150, WIDTH};
        int[] rows = {0, 300, 720, 900, HEIGHT};
        Scalar[] colours = {new Scalar(40, 40, 215, 0), new Scalar(170, 60, 20, 0), new Scalar(30, 210, 245, 0)};
        Random random = new Random(13);
        for (int r = 0; r + 1 < rows.length; r++) {
            for (int c = 0; c + 1 < columns.length; c++) {
                if (random.nextInt(3) > 0) {
                    try (Point from = new Point(columns[c], rows[r]); Point to = new Point(columns[c + 1], rows[r + 1])) {
                        opencv_imgproc.rectangle(image, from, to, colours[(r + c) % 3], opencv_imgproc.FILLED, opencv_imgproc.LINE_8, 0);
                    }
                }
            }
        }
        try (Scalar black = new Scalar(20, 20, 20, 0)) {
            for (int x : columns) {
                try (Point from = new Point(x, 0); Point to = new Point(x, HEIGHT)) {
                    opencv_imgproc.line(image, from, to, black, 24, opencv_imgproc.LINE_8, 0);
                }
            }
            for (int y : rows) {
                try (Point from = new Point(0, y); Point to = new Point(WIDTH, y)) {
                    opencv_imgproc.line(image, from, to, black, 24, opencv_imgproc.LINE_8, 0);
                }
            }
        }
        for (Scalar colour : colours) {
            colour.close();
        }
        return photo(image);
    }

    private static void ellipse(Mat image, int cx, int cy, int ax, int ay, double angle, Scalar colour) {
        try (Point centre = new Point(cx, cy); Size axes = new Size(ax, ay); colour) {
            opencv_imgproc.ellipse(image, centre, axes, angle, 0, 360, colour, opencv_imgproc.FILLED, opencv_imgproc.LINE_AA, 0);
        }
    }

    /** Sensor noise and lens softness, then JPEG at quality 90; closes the image. */
    private static byte[] photo(Mat image) {
        try (image; Mat noise = new Mat(HEIGHT, WIDTH, opencv_core.CV_16SC3); Mat wide = new Mat(); Size kernel = new Size(3, 3);
                Scalar zero = new Scalar(0); Scalar sigma = new Scalar(4);
                Mat mean = new Mat(1, 1, opencv_core.CV_64F, zero); Mat deviation = new Mat(1, 1, opencv_core.CV_64F, sigma);
                BytePointer buffer = new BytePointer(); IntPointer parameters = new IntPointer(opencv_imgcodecs.IMWRITE_JPEG_QUALITY, 90)) {
            opencv_core.setRNGSeed(17);
            opencv_core.randn(noise, mean, deviation);
            image.convertTo(wide, opencv_core.CV_16SC3);
            opencv_core.add(wide, noise, wide);
            wide.convertTo(image, opencv_core.CV_8UC3);
            opencv_imgproc.GaussianBlur(image, image, kernel, 0);
            opencv_imgcodecs.imencode(".jpg", image, buffer, parameters);
            byte[] bytes = new byte[(int) buffer.limit()];
            buffer.get(bytes);
            return bytes;
        }
    }
}
