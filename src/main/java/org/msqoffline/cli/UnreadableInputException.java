package org.msqoffline.cli;

/** A file named on the command line that cannot be read at all. */
final class UnreadableInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableInputException(String message) {
        super(message);
    }
}
