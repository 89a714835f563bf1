package io.remo.imaging;

import java.util.Optional;

/**
 * The image formats a phone uploads, recognised from the bytes alone: a file name or a Content-Type header is a
 * claim by the client, the magic number is what a decoder will act on.
 */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    /**
     * The HEIF container (ISO-BMFF with an image brand): HEIC from iPhones, and AVIF, which declares the same
     * {@code mif1} brand. Recognised so that the refusal can say what the file is; nothing here decodes it.
     */
    HEIC("image/heic");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String[] HEIF_BRANDS = {"heic", "heix", "heim", "heis", "hevc", "mif1", "msf1"};

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format the bytes are in, or empty when they are not one of these four. */
    public static Optional<ImageFormat> detect(byte[] bytes) {
        if (Bytes.startsWith(bytes, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (Bytes.startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (Bytes.startsWithAscii(bytes, 0, "RIFF") && Bytes.startsWithAscii(bytes, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (isHeif(bytes)) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }

    /** An ISO-BMFF file starts with its {@code ftyp} box: major brand, minor version, then compatible brands. */
    private static boolean isHeif(byte[] bytes) {
        if (!Bytes.startsWithAscii(bytes, 4, "ftyp") || bytes.length < 16) {
            return false;
        }
        long boxSize = Bytes.u32be(bytes, 0);
        if (boxSize < 16 || boxSize > bytes.length || boxSize % 4 != 0) {
            return false;
        }
        for (int brand = 8; brand + 4 <= boxSize; brand += brand == 8 ? 8 : 4) {
            for (String heifBrand : HEIF_BRANDS) {
                if (Bytes.startsWithAscii(bytes, brand, heifBrand)) {
                    return true;
                }
            }
        }
        return false;
    }
}
