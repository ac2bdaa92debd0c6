package org.msqoffline.exchange;

import java.util.Optional;
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

    /** "a4" or "letter", as typed on the command line; empty for anything else. */
    public static Optional<Paper> fromCode(String code) {
        return switch (code.toLowerCase(java.util.Locale.ROOT)) {
            case "a4" -> Optional.of(A4);
            case "letter", "us-letter" -> Optional.of(LETTER);
            default -> Optional.empty();
        };
    }
}
