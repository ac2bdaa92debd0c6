package org.msqoffline.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks the lines of an Arabic text itself. JavaFX 21 on Linux (Pango glyph layout) wraps Arabic wrongly:
 * the first line runs past the label's edge and its last words are drawn again below. Single lines and
 * explicit line breaks are drawn right, so a label with Arabic text gets its breaks from here, at word
 * boundaries, whenever its width or font changes. Labels without Arabic text keep JavaFX's wrapping.
 */
public final class ArabicWrap {
    private static final String SOURCE = "msq.arabicWrap.source";

    private ArabicWrap() {
    }

    public static boolean containsArabic(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** Makes a wrapping label break its Arabic text itself; does nothing to other texts. */
    public static void apply(Label label) {
        String source = label.getText();
        if (!containsArabic(source) || label.getProperties().containsKey(SOURCE)) {
            return;
        }
        label.getProperties().put(SOURCE, source);
        label.setWrapText(false);
        // Take the width offered, not the width of the lines broken so far, and the height of all lines.
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        InvalidationListener relayout = obs -> {
            double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            if (width > 0) {
                String broken = breakLines(source, label.getFont(), width);
                if (!broken.equals(label.getText())) {
                    label.setText(broken);
                }
            }
        };
        label.widthProperty().addListener(relayout);
        label.fontProperty().addListener(relayout);
    }

    /** The text with a line break wherever the next word would not fit in {@code width}. */
    static String breakLines(String text, Font font, double width) {
        Text measure = new Text();
        measure.setFont(font);
        StringBuilder out = new StringBuilder();
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraphs[p].split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                measure.setText(candidate);
                // A little slack: the measured width and the drawn width differ by a pixel or two.
                if (line.length() > 0 && measure.getLayoutBounds().getWidth() > width - 4) {
                    out.append(line).append('\n');
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            out.append(line);
        }
        return out.toString();
    }
}
