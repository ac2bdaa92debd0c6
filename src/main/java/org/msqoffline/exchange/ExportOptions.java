package org.msqoffline.exchange;

/** How to export: whether an incomplete response may go out (marked as such), and the PDF's paper size. */
public record ExportOptions(boolean allowIncomplete, Paper paper) {
    public static ExportOptions defaults() {
        return new ExportOptions(false, Paper.A4);
    }
}
