package org.msqoffline.app;

/** The user asked for something that does not exist or does not fit (unknown id, country, item). */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
