package io.remo.shopping.catalog;

/** The catalogue file does not have the expected form; the message says where. */
public class CatalogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogFormatException(String message) {
        super(message);
    }
}
