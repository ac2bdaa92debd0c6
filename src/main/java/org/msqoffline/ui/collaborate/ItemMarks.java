package org.msqoffline.ui.collaborate;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.FieldLabel;
import org.msqoffline.ui.common.OnFirstNeed;
import org.msqoffline.ui.form.ItemViewModel;

/**
 * What the form shows under an item about sharing: "Answered by the coordinator" on items outside a
 * received delegation, and "From &lt;edition&gt;, to confirm" with a Confirm button on carried answers.
 */
public final class ItemMarks {
    private ItemMarks() {
    }

    /**
     * An empty box, filled the first time the item is read-only or carried: a hidden note and button on every
     * question made every section switch slower (and put a Confirm shortcut in the window for each question).
     */
    public static Node of(ItemViewModel item, Messages messages) {
        VBox marks = new VBox(4);
        marks.setVisible(false);
        marks.setManaged(false);
        OnFirstNeed.build(() -> !item.editableProperty().get() || item.carriedFromProperty().get() != null,
                () -> fill(marks, item, messages), item.editableProperty(), item.carriedFromProperty());
        return marks;
    }

    private static void fill(VBox marks, ItemViewModel item, Messages messages) {
        Label readOnly = new Label(messages.get("ui.collaborate.readOnly"));
        readOnly.getStyleClass().add("read-only-note");
        readOnly.setStyle("-fx-text-fill: #555555; -fx-font-style: italic;");
        readOnly.visibleProperty().bind(item.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        Label carried = new Label();
        carried.getStyleClass().add("carried-note");
        carried.setWrapText(true);
        carried.textProperty().bind(Bindings.createStringBinding(() -> item.carriedFromProperty().get() == null ? ""
                : messages.get("ui.collaborate.carriedFrom", item.carriedFromProperty().get()), item.carriedFromProperty()));
        Button confirm = new Button(messages.get("ui.collaborate.confirm"));
        confirm.getStyleClass().add("confirm-carried");
        confirm.setAccessibleText(FieldLabel.plain(messages.get("ui.collaborate.confirm")) + " " + item.number());
        confirm.setOnAction(e -> item.confirm());
        HBox carriedRow = new HBox(10, carried, confirm);
        carriedRow.visibleProperty().bind(item.carriedFromProperty().isNotNull().and(item.editableProperty()));
        carriedRow.managedProperty().bind(carriedRow.visibleProperty());

        marks.getChildren().setAll(readOnly, carriedRow);
        marks.managedProperty().bind(readOnly.managedProperty().or(carriedRow.managedProperty()));
        marks.visibleProperty().bind(marks.managedProperty());
    }
}
