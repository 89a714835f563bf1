package io.remo.imaging;

/** Collects what a container parser finds; turns a defect into a throw while the dimensions are still unknown. */
final class StructureWalk {

    private final ImageFormat format;
    private int width = -1;
    private int height = -1;
    private long metadataBytes;
    private int orientation = 1;

    StructureWalk(ImageFormat format) {
        this.format = format;
    }

    void dimensions(long declaredWidth, long declaredHeight) {
        if (declaredWidth <= 0 || declaredHeight <= 0 || declaredWidth > Integer.MAX_VALUE
                || declaredHeight > Integer.MAX_VALUE) {
            throw new ImageRejectedException(RejectionCode.CORRUPT_IMAGE,
                    "The " + format + " header declares an impossible size of " + declaredWidth + " x " + declaredHeight + ".");
        }
        width = (int) declaredWidth;
        height = (int) declaredHeight;
    }

    boolean hasDimensions() {
        return width > 0;
    }

    void metadata(long bytes) {
        metadataBytes += bytes;
    }

    void orientation(int exifOrientation) {
        orientation = exifOrientation;
    }

    ImageStructure complete(int end) {
        requireDimensions();
        return new ImageStructure(format, width, height, metadataBytes, orientation, end, null);
    }

    ImageStructure truncated(String what) {
        return defect(RejectionCode.TRUNCATED_IMAGE, "The " + format + " file is cut short: " + what + ".");
    }

    ImageStructure corrupt(String what) {
        return defect(RejectionCode.CORRUPT_IMAGE, "The " + format + " file is malformed: " + what + ".");
    }

    private ImageStructure defect(RejectionCode code, String message) {
        ImageRejectedException defect = new ImageRejectedException(code, message);
        if (!hasDimensions()) {
            throw defect;
        }
        return new ImageStructure(format, width, height, metadataBytes, orientation, -1, defect);
    }

    private void requireDimensions() {
        if (!hasDimensions()) {
            throw new ImageRejectedException(RejectionCode.CORRUPT_IMAGE, "The " + format + " file declares no image size.");
        }
    }
}
