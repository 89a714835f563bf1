package io.remo.imaging;

/**
 * What an upload may be at most.
 *
 * @param maxBytes the file size
 * @param maxPixels width times height, judged from the header before decoding
 * @param maxMetadataBytes all metadata together: EXIF, XMP, ICC profiles, comments, text chunks
 */
public record UploadLimits(long maxBytes, long maxPixels, long maxMetadataBytes) {

    public UploadLimits {
        if (maxBytes <= 0 || maxPixels <= 0 || maxMetadataBytes < 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxPixels + ", " + maxMetadataBytes);
        }
    }
}
