package org.msqoffline.json;

/** A file that is not readable JSON; the message is a sentence for a person. */
public final class JsonReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonReadException(String message) {
        super(message);
    }
}
