package io.remo.imaging;

import java.util.Locale;

/**
 * What a walk over an image's container found, before any pixel is decoded.
 *
 * @param metadataBytes EXIF, XMP, ICC, comments and text chunks, container overhead included
 * @param orientation the EXIF orientation, 1 (as stored) to 8
 * @param end offset just past the image's last byte as its structure defines it; -1 when a defect stopped the walk
 * @param defect what stopped the walk after the dimensions were known (truncation, malformed container), or null
 */
record ImageStructure(ImageFormat format, int width, int height, long metadataBytes, int orientation, int end,
        ImageRejectedException defect) {

    long pixels() {
        return (long) width * height;
    }

    /** What every decode needs: a size within the limit, a complete structure and a decoder for the format. */
    void requireDecodable(long maxPixels) {
        requirePixelsAtMost(maxPixels);
        requireIntact();
        requireDecoder();
    }

    void requirePixelsAtMost(long maxPixels) {
        if (pixels() > maxPixels) {
            throw new ImageRejectedException(RejectionCode.IMAGE_TOO_LARGE, String.format(Locale.ROOT,
                    "The image is %d x %d pixels (%.1f megapixels); the limit is %.1f megapixels.", width, height,
                    pixels() / 1e6, maxPixels / 1e6));
        }
    }

    void requireIntact() {
        if (defect != null) {
            throw defect;
        }
    }

    void requireDecoder() {
        if (format == ImageFormat.HEIC) {
            throw new ImageRejectedException(RejectionCode.UNSUPPORTED_IMAGE_ENCODING,
                    "HEIC photos cannot be processed yet. Share the photo as JPEG, or on iPhone choose Settings > Camera >"
                            + " Formats > Most Compatible.");
        }
    }

    /**
     * The structure of an image file. Everything wrong before the dimensions are known is thrown; what is wrong after
     * is recorded as {@link #defect()}, so that a pixel count over the limit is reported as such even in a file that
     * is also cut short.
     */
    static ImageStructure parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImageRejectedException(RejectionCode.EMPTY_FILE, "The file is empty.");
        }
        ImageFormat format = ImageFormat.detect(bytes).orElseThrow(() -> notAnImage(bytes));
        try {
            return switch (format) {
                case JPEG -> JpegStructure.parse(bytes);
                case PNG -> PngStructure.parse(bytes);
                case WEBP -> WebpStructure.parse(bytes);
                case HEIC -> HeifStructure.parse(bytes);
            };
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            // The parsers check every read; this only keeps a missed check from surfacing as a server error.
            throw new ImageRejectedException(RejectionCode.CORRUPT_IMAGE, "The " + format + " structure is malformed.");
        }
    }

    private static ImageRejectedException notAnImage(byte[] bytes) {
        return ForeignContent.identify(bytes, 0)
                .map(kind -> new ImageRejectedException(RejectionCode.POLYGLOT_FILE,
                        "This file is " + kind + ", not a photo. Upload a JPEG, PNG or WebP photo."))
                .orElseGet(() -> new ImageRejectedException(RejectionCode.UNSUPPORTED_IMAGE_TYPE,
                        "This file is not a JPEG, PNG, WebP or HEIC image."));
    }
}
