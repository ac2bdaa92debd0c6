package org.msqoffline.ui.responses;

import java.io.File;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.Country;
import org.msqoffline.ui.common.CountryPicker;
import org.msqoffline.ui.common.Theme;
import org.msqoffline.ui.common.FieldLabel;

/** The list of responses with its actions, and the bin below it. */
public final class ResponsesView extends VBox {
    private final ResponsesViewModel viewModel;
    private final Messages messages;
    private final TableView<ResponsesViewModel.Row> table;

    public ResponsesView(ResponsesViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        getStyleClass().addAll("responses-view", "page");

        Label title = new Label(messages.get("ui.responses.title"));
        title.getStyleClass().add("section-title");
        table = table(viewModel.rows());
        table.setPlaceholder(new Label(messages.get("ui.responses.none")));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        viewModel.rows().addListener((ListChangeListener<ResponsesViewModel.Row>) change -> {
            if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        });

        Button create = new Button(messages.get("ui.responses.new"));
        create.setOnAction(e -> askCountry().ifPresent(viewModel::create));
        Button open = new Button(messages.get("ui.responses.open"));
        open.getStyleClass().add("primary");
        open.setOnAction(e -> viewModel.open(table.getSelectionModel().getSelectedItem()));
        Button duplicate = new Button(messages.get("ui.responses.duplicate"));
        duplicate.setOnAction(e -> viewModel.duplicate(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(messages.get("ui.responses.delete"));
        delete.setOnAction(e -> confirmDelete());
        Button importFile = new Button(messages.get("ui.responses.import"));
        importFile.setOnAction(e -> chooseFile().ifPresent(file -> viewModel.importFile(file.toPath())));
        for (Button needsSelection : new Button[] {open, duplicate, delete}) {
            needsSelection.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox actions = new HBox(open, create, duplicate, delete, importFile);
        actions.getStyleClass().add("button-row");

        Label error = new Label();
        error.getStyleClass().add("error-line");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(viewModel.errorProperty().isNotEmpty());

        TableView<ResponsesViewModel.Row> bin = table(viewModel.binRows());
        bin.setPlaceholder(new Label(messages.get("ui.responses.binEmpty")));
        bin.setPrefHeight(150);
        Button restore = new Button(messages.get("ui.responses.restore"));
        restore.disableProperty().bind(bin.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> viewModel.restore(bin.getSelectionModel().getSelectedItem()));
        TitledPane binPane = new TitledPane(messages.get("ui.responses.bin"), new VBox(bin, new HBox(restore)));
        binPane.setExpanded(false);
        binPane.getStyleClass().add("bin");

        getChildren().addAll(title, table, actions, error, binPane);
        viewModel.refresh();
    }

    private TableView<ResponsesViewModel.Row> table(ObservableList<ResponsesViewModel.Row> rows) {
        TableView<ResponsesViewModel.Row> view = new TableView<>(rows);
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ResponsesViewModel.Row, String> country = new TableColumn<>(messages.get("ui.responses.country"));
        country.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().country()));
        TableColumn<ResponsesViewModel.Row, String> questionnaire = new TableColumn<>(messages.get("ui.responses.questionnaire"));
        questionnaire.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().questionnaire()));
        TableColumn<ResponsesViewModel.Row, ResponsesViewModel.Row> progress = new TableColumn<>(messages.get("ui.responses.progress"));
        progress.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        progress.setCellFactory(c -> new ProgressCell());
        TableColumn<ResponsesViewModel.Row, String> updated = new TableColumn<>(messages.get("ui.responses.updated"));
        updated.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().updated()));
        country.setPrefWidth(240);
        questionnaire.setPrefWidth(180);
        progress.setPrefWidth(260);
        updated.setPrefWidth(200);
        view.getColumns().add(country);
        view.getColumns().add(questionnaire);
        view.getColumns().add(progress);
        view.getColumns().add(updated);
        return view;
    }

    private void confirmDelete() {
        ResponsesViewModel.Row row = table.getSelectionModel().getSelectedItem();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.responses.deleteConfirm", row.country()),
                new ButtonType(messages.get("ui.responses.deleteYes"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("ui.common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("ui.responses.deleteTitle"));
        alert.setHeaderText(null);
        Theme.dress(alert.getDialogPane(), getScene());
        alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> viewModel.moveToBin(row));
    }

    private Optional<Country> askCountry() {
        Dialog<Country> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("ui.responses.newTitle"));
        CountryPicker picker = new CountryPicker(messages);
        Label label = FieldLabel.of(messages.get("ui.welcome.countryLabel"), picker.filterField());
        VBox content = new VBox(label, picker);
        content.getStyleClass().add("dialog-content");
        dialog.getDialogPane().setContent(content);
        Theme.dress(dialog.getDialogPane(), getScene());
        ButtonType start = new ButtonType(messages.get("ui.welcome.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(start, new ButtonType(messages.get("ui.common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(start).disableProperty().bind(picker.selectedProperty().isNull());
        dialog.setResultConverter(button -> button == start ? picker.selectedProperty().get() : null);
        dialog.setOnShown(e -> picker.filterField().requestFocus());
        picker.setOnChosen(((Button) dialog.getDialogPane().lookupButton(start))::fire);
        return dialog.showAndWait();
    }

    private Optional<File> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.responses.importTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.responses.importFilter"),
                "*.json", "*.msqd", "*.asice", "*.pdf"));
        return Optional.ofNullable(chooser.showOpenDialog(getScene().getWindow()));
    }

    /** Focuses the list, so Enter opens the selected response. */
    public void focusList() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Progress as a bar and a percentage. */
    private static final class ProgressCell extends TableCell<ResponsesViewModel.Row, ResponsesViewModel.Row> {
        private final ProgressBar bar = new ProgressBar();
        private final Label text = new Label();
        private final HBox box = new HBox(bar, text);

        ProgressCell() {
            box.getStyleClass().add("progress-cell");
            bar.setPrefWidth(90);
        }

        @Override
        protected void updateItem(ResponsesViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bar.setProgress(row.fraction());
            text.setText(row.progress());
            setGraphic(box);
        }
    }
}
