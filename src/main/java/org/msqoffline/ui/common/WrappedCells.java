package org.msqoffline.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;

/**
 * Cells for a list of sentences (missing answers, the reasons a package is invalid): each wraps to the list's width
 * instead of running off its right edge behind a horizontal scroll bar.
 */
public final class WrappedCells {
    private WrappedCells() {
    }

    public static Callback<ListView<String>, ListCell<String>> of() {
        return view -> new ListCell<>() {
            {
                setPrefWidth(0);   // as wide as the list, not as the sentence
                setWrapText(true);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
    }
}
