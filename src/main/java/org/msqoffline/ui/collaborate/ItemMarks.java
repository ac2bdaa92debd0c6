package org.msqoffline.ui.collaborate;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.form.ItemViewModel;
import org.msqoffline.ui.common.FieldLabel;

/**
 * What the form shows under an item about sharing: "Answered by the coordinator" on items outside a
 * received delegation, and "From &lt;edition&gt;, to confirm" with a Confirm button on carried answers.
 */
public final class ItemMarks {
    private ItemMarks() {
    }

    public static Node of(ItemViewModel item, Messages messages) {
        Label readOnly = new Label(messages.get("ui.collaborate.readOnly"));
        readOnly.getStyleClass().add("read-only-note");
        readOnly.setStyle("-fx-text-fill: #555555; -fx-font-style: italic;");
        readOnly.visibleProperty().bind(item.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        Label carried = new Label();
        carried.getStyleClass().add("carried-note");
        carried.setWrapText(true);
        carried.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> item.carriedFromProperty().get() == null ? ""
                : messages.get("ui.collaborate.carriedFrom", item.carriedFromProperty().get()), item.carriedFromProperty()));
        Button confirm = new Button(messages.get("ui.collaborate.confirm"));
        confirm.getStyleClass().add("confirm-carried");
        confirm.setAccessibleText(FieldLabel.plain(messages.get("ui.collaborate.confirm")) + " " + item.number());
        confirm.setOnAction(e -> item.confirm());
        HBox carriedRow = new HBox(10, carried, confirm);
        carriedRow.visibleProperty().bind(item.carriedFromProperty().isNotNull().and(item.editableProperty()));
        carriedRow.managedProperty().bind(carriedRow.visibleProperty());

        VBox marks = new VBox(4, readOnly, carriedRow);
        marks.managedProperty().bind(readOnly.managedProperty().or(carriedRow.managedProperty()));
        marks.visibleProperty().bind(marks.managedProperty());
        return marks;
    }
}
