package io.remo.storage.api;

import jakarta.ejb.ApplicationException;

/** The object store could not be reached or refused the request; the operation may be retried. */
@ApplicationException(rollback = true)
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
