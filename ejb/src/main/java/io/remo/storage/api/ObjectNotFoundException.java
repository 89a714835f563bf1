package io.remo.storage.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = false)
public class ObjectNotFoundException extends RuntimeException {

    public ObjectNotFoundException(String key) {
        super("no object under " + key);
    }
}
