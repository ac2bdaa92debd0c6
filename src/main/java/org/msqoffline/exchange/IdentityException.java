package org.msqoffline.exchange;

/** A signing identity that cannot be created, opened or used, with a reason meant for a person. */
public final class IdentityException extends Exception {
    private static final long serialVersionUID = 1L;

    public IdentityException(String message) {
        super(message);
    }

    public IdentityException(String message, Throwable cause) {
        super(message, cause);
    }
}
