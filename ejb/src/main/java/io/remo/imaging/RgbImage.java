package io.remo.imaging;

/** An 8-bit sRGB image: row-major, interleaved R, G, B. The engines' common currency. */
public record RgbImage(int width, int height, byte[] pixels) {

    public RgbImage {
        // In longs: width * height * 3 can wrap around in ints and match a small array.
        if (width <= 0 || height <= 0 || pixels.length != (long) width * height * 3) {
            throw new IllegalArgumentException("RGB image of " + width + "x" + height + " needs " + ((long) width * height * 3)
                    + " bytes, got " + pixels.length);
        }
    }
}
