package io.remo.imaging;

/**
 * An image's format, stored size and EXIF orientation, read from its container without decoding a pixel.
 *
 * @param width the stored width; a photo with orientation 5..8 is shown turned, width and height swapped
 * @param orientation the EXIF orientation, 1 (as stored) to 8; 1 when there is none
 */
public record ImageHeader(ImageFormat format, int width, int height, int orientation) {

    /**
     * Reads the header of a JPEG (frame header), PNG (IHDR), WebP (VP8, VP8L or VP8X) or HEIC ({@code ispe} of the
     * primary item). Whatever comes after the header is not judged here; {@link UploadInspector} does that.
     *
     * @throws ImageRejectedException when the bytes are no such image or its header is malformed or cut off
     */
    public static ImageHeader read(byte[] bytes) {
        ImageStructure structure = ImageStructure.parse(bytes);
        return new ImageHeader(structure.format(), structure.width(), structure.height(), structure.orientation());
    }

    public long pixels() {
        return (long) width * height;
    }

    public int longSide() {
        return Math.max(width, height);
    }
}
