package org.msqoffline.ui.common;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.TextField;

/**
 * Text that reads left to right whatever the window's language: a file path, an e-mail or web address, a
 * fingerprint. In the Arabic window such text was mirrored ("/root" shown as "root/") and drawn with the Arabic
 * font's punctuation, which made "idda.az" look like "idda,az".
 */
public final class LatinData {
    /** The style class that gives such text the Latin font (see msq.css). */
    public static final String STYLE_CLASS = "latin-data";

    private LatinData() {
    }

    public static <T extends Node> T of(T node) {
        node.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        node.getStyleClass().add(STYLE_CLASS);
        return node;
    }

    /** A read-only field showing a file's path (empty while there is none), selectable to copy. */
    public static TextField pathField(ObservableValue<Path> path) {
        TextField field = of(new TextField());
        field.setEditable(false);
        field.textProperty().bind(Bindings.createStringBinding(() -> path.getValue() == null ? "" : path.getValue().toString(), path));
        return field;
    }
}
