package org.msqoffline.exchange;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper size of the PDF copy: A4 (the default) or US Letter. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    /** "a4" or "letter", as typed on the command line. */
    public static Paper fromCode(String code) {
        return switch (code.toLowerCase(java.util.Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter" -> LETTER;
            default -> throw new IllegalArgumentException("unknown paper size \"" + code + "\" (a4 or letter)");
        };
    }
}
