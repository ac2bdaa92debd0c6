package org.msqoffline.response;

/** Why an item keeps a response from being complete; each kind has its sentence in the messages. */
public enum ProblemKind {
    /** A required item (or a shown follow-up) has no answer. */
    MISSING("completeness.missing"),
    /** An email item whose text is not an email address. */
    NOT_AN_EMAIL("completeness.email"),
    /** A url item whose text is not a web address. */
    NOT_A_URL("completeness.url"),
    /** The answer is longer than the item allows. */
    TOO_LONG("completeness.tooLong"),
    /** An option like "Other" was chosen without saying what. */
    FREE_TEXT_MISSING("completeness.freeTextMissing");

    private final String messageKey;

    ProblemKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isMissing() {
        return this == MISSING;
    }
}
