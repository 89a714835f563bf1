package io.remo.pipeline.engine.djl;

/**
 * The model store cannot be used: incomplete, tampered with, built for other signatures, or a model that does not
 * keep the signature its manifest declares. Not retryable: an operator has to fix the store.
 */
public class ModelStoreException extends RuntimeException {

    public ModelStoreException(String message) {
        super(message);
    }

    public ModelStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
