package io.remo.imaging;

/** Why an uploaded file is refused. The names are stable: the API returns them as problem codes. */
public enum RejectionCode {
    EMPTY_FILE,
    FILE_TOO_LARGE,
    /** The bytes are none of JPEG, PNG, WebP or HEIC. */
    UNSUPPORTED_IMAGE_TYPE,
    /** The header declares more pixels than allowed; decided before any pixel is decoded. */
    IMAGE_TOO_LARGE,
    /** The data ends before the image does: JPEG without EOI, PNG without IEND, RIFF longer than the file. */
    TRUNCATED_IMAGE,
    /** The structure is malformed, or the decoder gives up on it. */
    CORRUPT_IMAGE,
    /** Something other than the image rides along: data after its end, or an archive, document or page around it. */
    POLYGLOT_FILE,
    /** Metadata (EXIF, XMP, ICC profiles, comments, text chunks) above the limit. */
    METADATA_TOO_LARGE,
    /** A recognised format that this server cannot decode (HEIC). */
    UNSUPPORTED_IMAGE_ENCODING
}
