package org.msqoffline.ui.collaborate;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.export.ExportWizardView;
import org.msqoffline.ui.export.ShareWindows;

/** The comparison of a contribution with the response: one row per differing item, Take/Keep for conflicts, then Merge. */
public final class ComparisonView extends VBox {
    private final ComparisonViewModel viewModel;
    private final Messages messages;

    public ComparisonView(ComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        getStyleClass().addAll("share-window", "comparison-view");
        setSpacing(10);
        Label title = new Label(messages.get("ui.collaborate.compareTitle"));
        title.getStyleClass().add("share-title");
        Label heading = ExportWizardView.wrapped("", "hint");
        heading.textProperty().bind(viewModel.headingProperty());
        Label message = ExportWizardView.wrapped("", "share-summary");
        message.setId("comparison-message");
        message.textProperty().bind(viewModel.messageProperty());
        Label error = ExportWizardView.wrapped("", "error-line");
        error.setId("comparison-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(viewModel.errorProperty().isNotEmpty());

        TableView<ComparisonViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("comparison-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colNumber"), 60, row -> row.number(), row -> ""));
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colQuestion"), 260, row -> row.text(messages.language()), row -> ""));
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colCurrent"), 200, row -> row.current(), row -> row.currentBy()));
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colIncoming"), 200, row -> row.incoming(), row -> ""));
        TableColumn<ComparisonViewModel.Row, String> change = textColumn(messages.get("ui.collaborate.colChange"), 180,
                row -> row.changeText(), viewModel::explanationOf);
        change.getStyleClass().add("change-column");
        table.getColumns().add(change);
        table.getColumns().add(choiceColumn());
        VBox.setVgrow(table, Priority.ALWAYS);
        viewModel.mergedProperty().addListener((obs, was, merged) -> table.refresh());

        Button takeAll = new Button(messages.get("ui.collaborate.takeAll"));
        takeAll.setOnAction(e -> {
            viewModel.takeAll();
            table.refresh();
        });
        Button keepAll = new Button(messages.get("ui.collaborate.keepAll"));
        keepAll.setOnAction(e -> {
            viewModel.keepAll();
            table.refresh();
        });
        takeAll.disableProperty().bind(viewModel.canMerge().not());
        keepAll.disableProperty().bind(viewModel.canMerge().not());
        Button merge = new Button(messages.get("ui.collaborate.merge"));
        merge.setId("comparison-merge");
        merge.getStyleClass().add("primary");
        merge.disableProperty().bind(viewModel.canMerge().not());
        merge.setOnAction(e -> viewModel.merge());
        Button close = ShareWindows.closeButton(messages);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A refused file leaves nothing to compare: the refusal and Close, not an empty table with idle buttons.
        for (Node comparing : List.of(table, takeAll, keepAll, merge)) {
            comparing.visibleProperty().bind(viewModel.errorProperty().isEmpty());
            comparing.managedProperty().bind(comparing.visibleProperty());
        }
        HBox actions = new HBox(8, takeAll, keepAll, spacer, merge, close);
        actions.getStyleClass().add("button-row");
        getChildren().addAll(title, heading, message, error, table, actions);
    }

    /** Opens the comparison window over {@code owner}. */
    public static Stage open(Window owner, ComparisonViewModel viewModel) {
        return ShareWindows.open(owner, new ComparisonView(viewModel), viewModel.messages().get("ui.collaborate.compareTitle"), 1100, 640);
    }

    /**
     * A column of wrapped text: what the row says ({@code text}) and, smaller and on a line of its own, what it adds
     * ({@code note}: who wrote the current answer, why the change is what it is). A conflict not yet merged is marked
     * (share.css shows it in the change column).
     */
    private TableColumn<ComparisonViewModel.Row, String> textColumn(String title, double width,
            Function<ComparisonViewModel.Row, String> text, Function<ComparisonViewModel.Row, String> note) {
        TableColumn<ComparisonViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(text.apply(data.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                ComparisonViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || item == null) {
                    setGraphic(null);
                    return;
                }
                VBox lines = new VBox(2, wrapping(item, column));
                String added = note.apply(row);
                if (!added.isEmpty()) {
                    Text shown = wrapping(added, column);
                    shown.getStyleClass().add("cell-note");
                    lines.getChildren().add(shown);
                }
                if (row.choosable() && !viewModel.mergedProperty().get()) {
                    lines.getChildren().get(0).getStyleClass().add("conflict");
                }
                setGraphic(lines);
            }
        });
        return column;
    }

    /** A Text that wraps at the column's width, so the row grows to show all of it. */
    private static Text wrapping(String text, TableColumn<?, ?> column) {
        Text shown = new Text(text);
        shown.getStyleClass().add("cell-text");
        shown.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        return shown;
    }

    private TableColumn<ComparisonViewModel.Row, String> choiceColumn() {
        TableColumn<ComparisonViewModel.Row, String> column = new TableColumn<>(messages.get("ui.collaborate.colChoice"));
        column.setPrefWidth(170);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(""));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ComparisonViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                // Once merged, a conflict says what was done with it, as the other rows do.
                if (!row.choosable() || viewModel.mergedProperty().get()) {
                    setGraphic(null);
                    setText(row.takeIncomingProperty().get() ? messages.get("ui.collaborate.taken") : messages.get("ui.collaborate.kept"));
                    return;
                }
                ToggleGroup group = new ToggleGroup();
                RadioButton take = new RadioButton(messages.get("ui.collaborate.take"));
                RadioButton keep = new RadioButton(messages.get("ui.collaborate.keep"));
                take.setToggleGroup(group);
                keep.setToggleGroup(group);
                group.selectToggle(row.takeIncomingProperty().get() ? take : keep);
                take.setAccessibleText(messages.get("ui.collaborate.take") + " " + row.number());
                keep.setAccessibleText(messages.get("ui.collaborate.keep") + " " + row.number());
                group.selectedToggleProperty().addListener((obs, old, chosen) -> row.takeIncomingProperty().set(chosen == take));
                take.disableProperty().bind(viewModel.canMerge().not());
                keep.disableProperty().bind(viewModel.canMerge().not());
                setText(null);
                setGraphic(new HBox(8, take, keep));
            }
        });
        return column;
    }
}
