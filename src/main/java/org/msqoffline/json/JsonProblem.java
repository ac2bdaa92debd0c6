package org.msqoffline.json;

/** One thing wrong in a JSON document: where (a JSON pointer, "" for the whole document) and what. */
public record JsonProblem(String pointer, String message) {
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
