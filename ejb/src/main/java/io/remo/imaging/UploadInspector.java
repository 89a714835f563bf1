package io.remo.imaging;

import java.util.Locale;

/**
 * Decides whether uploaded bytes are a photo this service will take, cheapest and most dangerous checks first:
 * <ol>
 * <li>{@code EMPTY_FILE}, {@code FILE_TOO_LARGE}: the length alone;</li>
 * <li>{@code UNSUPPORTED_IMAGE_TYPE}, or {@code POLYGLOT_FILE} for an archive, document or page: the magic number;</li>
 * <li>{@code IMAGE_TOO_LARGE}: the pixel count in the header, before anything is decoded or allocated;</li>
 * <li>{@code TRUNCATED_IMAGE}, {@code CORRUPT_IMAGE}: the container walked from start to end marker;</li>
 * <li>{@code METADATA_TOO_LARGE}: metadata segments and chunks summed;</li>
 * <li>{@code POLYGLOT_FILE}: bytes after the end marker (zero padding and the secondary images of a Multi-Picture
 * JPEG aside), a PDF header or a ZIP directory inside;</li>
 * <li>{@code UNSUPPORTED_IMAGE_ENCODING}: HEIC, recognised but not decodable here;</li>
 * <li>{@code CORRUPT_IMAGE}: a decode (a JPEG at 1/8 scale: all entropy-coded data is still read) that fails or
 * yields another size than the header.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class UploadInspector {

    private final UploadLimits limits;

    public UploadInspector(UploadLimits limits) {
        this.limits = limits;
    }

    /** @throws ImageRejectedException with the first rule the bytes break */
    public InspectedUpload inspect(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImageRejectedException(RejectionCode.EMPTY_FILE, "The file is empty. Choose the photo again.");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ImageRejectedException(RejectionCode.FILE_TOO_LARGE, String.format(Locale.ROOT,
                    "The file is %.1f MB; photos of up to %.1f MB are accepted.", bytes.length / 1e6, limits.maxBytes() / 1e6));
        }
        ImageStructure structure = ImageStructure.parse(bytes);
        structure.requirePixelsAtMost(limits.maxPixels());
        structure.requireIntact();
        if (structure.metadataBytes() > limits.maxMetadataBytes()) {
            throw new ImageRejectedException(RejectionCode.METADATA_TOO_LARGE, String.format(Locale.ROOT,
                    "The photo carries %d KB of metadata; at most %d KB are accepted. Upload the photo straight from the"
                            + " camera or gallery.", structure.metadataBytes() / 1024, limits.maxMetadataBytes() / 1024));
        }
        rejectForeignContent(bytes, structure);
        structure.requireDecoder();
        ImageCodec.verifyDecodes(bytes, structure);
        return new InspectedUpload(structure.format(), structure.width(), structure.height(), structure.orientation(),
                bytes.length, structure.metadataBytes());
    }

    private static void rejectForeignContent(byte[] bytes, ImageStructure structure) {
        int end = structure.end();
        String found = end < bytes.length && !zeroPadding(bytes, end)
                ? ForeignContent.identify(bytes, end).orElse("unidentified data")
                : ForeignContent.findEmbedded(bytes).orElse(null);
        if (found != null) {
            throw new ImageRejectedException(RejectionCode.POLYGLOT_FILE, "The file carries " + found
                    + " besides the photo. Upload the photo itself, straight from the camera or gallery.");
        }
    }

    /** Some cameras pad files with zeros after the end marker; zeros carry nothing. */
    private static boolean zeroPadding(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
