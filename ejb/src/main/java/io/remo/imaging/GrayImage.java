package io.remo.imaging;

/** A single-channel 8-bit map: edges (0/255), depth (near 255 .. far 0), masks (0 .. 255, feathered), labels. */
public record GrayImage(int width, int height, byte[] pixels) {

    public GrayImage {
        // In longs: width * height can wrap around in ints and match a small array.
        if (width <= 0 || height <= 0 || pixels.length != (long) width * height) {
            throw new IllegalArgumentException("gray image of " + width + "x" + height + " needs " + ((long) width * height)
                    + " bytes, got " + pixels.length);
        }
    }

    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }
}
