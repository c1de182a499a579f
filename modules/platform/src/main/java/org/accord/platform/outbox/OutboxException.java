package org.accord.platform.outbox;

/** The outbox table could not be read or written; the surrounding transaction must not commit. */
public class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
