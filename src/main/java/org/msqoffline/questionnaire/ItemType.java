package org.msqoffline.questionnaire;

/** What kind of answer an item takes. A yes/no question is a {@link #SINGLE} choice. */
public enum ItemType {
    TEXT("text"),
    LONGTEXT("longtext"),
    EMAIL("email"),
    URL("url"),
    SINGLE("single"),
    MULTIPLE("multiple");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    /** The name used in definition files and on the command line. */
    public String code() {
        return code;
    }

    public boolean isChoice() {
        return this == SINGLE || this == MULTIPLE;
    }

    public static ItemType fromCode(String code) {
        for (ItemType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown item type: " + code);
    }
}
