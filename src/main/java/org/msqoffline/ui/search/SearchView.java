package org.msqoffline.ui.search;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.Theme;

/** Ctrl+F: a field, the hits below; Enter or a double click jumps to the item and closes. */
public final class SearchView extends Dialog<Void> {

    public SearchView(SearchViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.get("ui.search.title"));
        setResizable(true);
        TextField query = new TextField();
        query.setPromptText(messages.get("ui.search.prompt"));
        query.setAccessibleText(messages.get("ui.search.prompt"));
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<SearchViewModel.Hit> list = new ListView<>(viewModel.hits());
        list.setPrefSize(680, 360);
        list.setCellFactory(view -> new HitCell());
        Runnable jump = () -> {
            SearchViewModel.Hit hit = list.getSelectionModel().getSelectedItem();
            if (hit == null && !list.getItems().isEmpty()) {
                hit = list.getItems().get(0);
            }
            if (hit != null) {
                SearchViewModel.Hit chosen = hit;
                // After the key that chose it: GTK crashed the JVM when the dialog's window went while it was
                // still handling that key (Down and Enter typed quickly).
                Platform.runLater(() -> {
                    close();
                    viewModel.jump(chosen);
                });
            }
        };
        query.setOnAction(e -> jump.run());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(0);
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                jump.run();
            }
        });
        VBox content = new VBox(query, summary, list);
        content.getStyleClass().add("dialog-content");
        getDialogPane().setContent(content);
        Theme.dress(getDialogPane(), owner.getScene());
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("ui.common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setOnShown(e -> query.requestFocus());
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
    }

    /** A hit: the item number and where, then the text around the match. */
    private static final class HitCell extends ListCell<SearchViewModel.Hit> {
        HitCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchViewModel.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label where = new Label(hit.number() + " · " + hit.where());
            where.getStyleClass().add("history-when");
            Label snippet = new Label(hit.snippet());
            snippet.setWrapText(true);
            setGraphic(new VBox(where, snippet));
        }
    }
}
