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
    FREE_TEXT_MISSING("completeness.freeTextMissing"),
    /** An answer carried forward from an earlier edition that nobody has confirmed or edited yet. */
    UNCONFIRMED("completeness.unconfirmed");

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

    /** Given but wrong (format, length, free text): neither missing nor merely unconfirmed. */
    public boolean isInvalid() {
        return this != MISSING && this != UNCONFIRMED;
    }
}
