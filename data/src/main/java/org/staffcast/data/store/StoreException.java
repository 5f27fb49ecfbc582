package org.staffcast.data.store;

/** A database failure in a bulk store (not bad input: the API answers it with a 5xx). */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
