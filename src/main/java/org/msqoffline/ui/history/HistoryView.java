package org.msqoffline.ui.history;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.ArabicWrap;
import org.msqoffline.ui.common.Theme;

/** The history of one item, in a dialog: one line per change, and a button to put the earlier value back. */
public final class HistoryView extends Dialog<Void> {

    public HistoryView(HistoryViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.get("ui.history.windowTitle"));
        setResizable(true);
        Label title = new Label(viewModel.title());
        title.setWrapText(true);
        ArabicWrap.apply(title);
        title.getStyleClass().add("dialog-title");
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        ListView<HistoryViewModel.Row> list = new ListView<>(viewModel.rows());
        list.getStyleClass().add("history-list");
        list.setCellFactory(view -> new RowCell(messages));
        list.setPrefSize(720, 320);
        VBox content = new VBox(title, status, list);
        content.getStyleClass().add("dialog-content");
        getDialogPane().setContent(content);
        Theme.dress(getDialogPane(), owner.getScene());

        ButtonType restoreType = new ButtonType(messages.get("ui.history.restore"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(restoreType, new ButtonType(messages.get("ui.common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button restore = (Button) getDialogPane().lookupButton(restoreType);
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.restore(list.getSelectionModel().getSelectedItem());
        });
        setOnShown(e -> list.requestFocus());
        viewModel.rows().addListener((ListChangeListener<HistoryViewModel.Row>) change -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        viewModel.load();
    }

    /** A change: when and who on the first line, old → new below. */
    private static final class RowCell extends ListCell<HistoryViewModel.Row> {
        private final Messages messages;

        RowCell(Messages messages) {
            this.messages = messages;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(HistoryViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label when = new Label(messages.get("ui.history.whenWho", row.when(), row.who()));
            when.getStyleClass().add("history-when");
            Label change = new Label(messages.get("ui.history.change", row.oldText(), row.newText()));
            change.setWrapText(true);
            change.getStyleClass().add("history-change");
            VBox box = new VBox(when, change);
            box.getStyleClass().add("history-row");
            setGraphic(box);
        }
    }
}
