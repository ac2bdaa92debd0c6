package org.msqoffline.response;

/** A value that does not fit its item (wrong shape, unknown option); the message is for a person. */
public final class InvalidAnswerException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String message) {
        super(message);
    }
}
