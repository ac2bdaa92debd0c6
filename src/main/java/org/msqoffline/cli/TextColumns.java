package org.msqoffline.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled lines and tables whose columns line up in every language: labels and headers are translated,
 * so widths are measured, not fixed. Chinese characters take two terminal columns and count twice.
 */
final class TextColumns {
    private TextColumns() {
    }

    /** A label (with its colon, as the language writes it) and its value; rows with a null value are left out. */
    record Row(String label, String value) {
    }

    /** "Label:  value" lines, every value starting in the same column. */
    static List<String> labelled(List<Row> rows) {
        List<Row> shown = rows.stream().filter(row -> row.value() != null).toList();
        int width = shown.stream().mapToInt(row -> width(row.label())).max().orElse(0) + 1;
        return shown.stream().map(row -> padded(row.label(), width) + row.value()).toList();
    }

    /** The rows (the first is the header), each column as wide as its widest cell, two spaces apart. */
    static List<String> table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int column = 0; column < columns; column++) {
                widths[column] = Math.max(widths[column], width(row.get(column)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                boolean last = column == columns - 1;
                line.append(last ? row.get(column) : padded(row.get(column), widths[column] + 2));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    static String padded(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    /** Terminal columns: East Asian wide characters (CJK, Hangul, full-width forms) take two. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6;
    }
}
