package org.msqoffline.ui.collaborate;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import javafx.scene.text.TextFlow;
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
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colNumber"), 60, row -> WordDiff.unmarked(row.number()), row -> "", null));
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colQuestion"), 260, row -> WordDiff.unmarked(row.text(messages.language())),
                row -> "", null));
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colCurrent"), 200, ComparisonViewModel.Row::currentWords,
                ComparisonViewModel.Row::currentBy, "word-removed"));
        table.getColumns().add(textColumn(messages.get("ui.collaborate.colIncoming"), 200, ComparisonViewModel.Row::incomingWords,
                row -> "", "word-added"));
        TableColumn<ComparisonViewModel.Row, String> change = textColumn(messages.get("ui.collaborate.colChange"), 180,
                row -> WordDiff.unmarked(row.changeText()), viewModel::explanationOf, null);
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
     * A column of wrapped text: what the row says ({@code text}; its marked words in {@code markedClass}) and, smaller
     * and on a line of its own, what it adds ({@code note}: who wrote the current answer, why the change is what it is).
     * A conflict not yet merged is marked (share.css shows it in the change column).
     */
    private TableColumn<ComparisonViewModel.Row, String> textColumn(String title, double width,
            Function<ComparisonViewModel.Row, List<WordDiff.Segment>> text, Function<ComparisonViewModel.Row, String> note,
            String markedClass) {
        TableColumn<ComparisonViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(text.apply(data.getValue()).stream()
                .map(WordDiff.Segment::text).collect(Collectors.joining())));
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
                List<WordDiff.Segment> segments = text.apply(row);
                Node shown = segments.stream().anyMatch(WordDiff.Segment::marked) ? marked(segments, markedClass, column)
                        : wrapping(item, column);
                VBox lines = new VBox(2, shown);
                // Each line is as wide as its column says: the cell asks its height for a width much narrower.
                lines.setFillWidth(false);
                String added = note.apply(row);
                if (!added.isEmpty()) {
                    Text noteText = wrapping(added, column);
                    noteText.getStyleClass().add("cell-note");
                    lines.getChildren().add(noteText);
                }
                if (row.choosable() && !viewModel.mergedProperty().get()) {
                    shown.getStyleClass().add("conflict");
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

    /** An answer whose words not in the other answer are marked (struck through or underlined, see share.css). */
    private static TextFlow marked(List<WordDiff.Segment> segments, String markedClass, TableColumn<?, ?> column) {
        TextFlow flow = new TextFlow();
        for (WordDiff.Segment segment : segments) {
            Text text = new Text(segment.text());
            text.getStyleClass().add("cell-text");
            if (segment.marked()) {
                text.getStyleClass().add(markedClass);
            }
            flow.getChildren().add(text);
        }
        flow.prefWidthProperty().bind(column.widthProperty().subtract(12));
        flow.maxWidthProperty().bind(flow.prefWidthProperty());
        return flow;
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
