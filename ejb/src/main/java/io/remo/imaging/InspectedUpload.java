package io.remo.imaging;

/**
 * An upload that passed {@link UploadInspector}: a complete, decodable image within the limits, with nothing else in
 * the file.
 *
 * @param width the stored width (see {@link #uprightWidth()} for the width as shown)
 * @param orientation the EXIF orientation, 1 to 8
 * @param byteSize the file size
 * @param metadataBytes EXIF, XMP, ICC, comments and text chunks in the file
 */
public record InspectedUpload(ImageFormat format, int width, int height, int orientation, long byteSize, long metadataBytes) {

    /** The width as a person sees the photo: orientations 5 to 8 turn it a quarter. */
    public int uprightWidth() {
        return orientation >= 5 ? height : width;
    }

    public int uprightHeight() {
        return orientation >= 5 ? width : height;
    }
}
