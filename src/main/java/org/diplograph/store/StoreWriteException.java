package org.diplograph.store;

/**
 * Writing to the store failed because of the disk (full, a quota, a size limit). The transaction
 * was aborted: the store holds every article committed before, and opens.
 */
public final class StoreWriteException extends RuntimeException {
    public StoreWriteException(String message, Throwable cause) { super(message, cause); }
}
