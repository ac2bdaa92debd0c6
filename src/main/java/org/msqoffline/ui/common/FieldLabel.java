package org.msqoffline.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The label that names a field. Its text marks the Alt shortcut with "_" (as in "_Edition:"): the label
 * shows it underlined and moves the focus to the field; screen readers get the name without the mark.
 */
public final class FieldLabel {
    private FieldLabel() {
    }

    public static Label of(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        if (field.getAccessibleText() == null) {
            field.setAccessibleText(plain(text));
        }
        return label;
    }

    /** The text without its shortcut mark, for a window title or a file chooser's. */
    public static String plain(String text) {
        return text.replace("_", "");
    }
}
