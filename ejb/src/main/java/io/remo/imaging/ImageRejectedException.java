package io.remo.imaging;

/**
 * A file that is not accepted as an image, with a stable {@link RejectionCode} and a sentence a person can act on.
 * Unchecked, so that pipeline steps reading images that were already inspected need not declare it; the upload
 * service catches it and answers with the code.
 */
public class ImageRejectedException extends RuntimeException {

    private final RejectionCode code;

    public ImageRejectedException(RejectionCode code, String message) {
        super(message);
        this.code = code;
    }

    public RejectionCode code() {
        return code;
    }
}
