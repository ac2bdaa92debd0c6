package org.msqoffline.ui.review;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.ArabicWrap;

/** The review page: overall progress, then each section's problems with a button that jumps to the item. */
public final class ReviewView extends ScrollPane {
    private final ReviewViewModel viewModel;
    private final Messages messages;
    private final VBox list = new VBox();

    public ReviewView(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.form().messages();
        getStyleClass().add("review-view");
        setFitToWidth(true);

        Label title = new Label(messages.get("ui.review.title"));
        title.getStyleClass().add("section-title");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(viewModel.form().progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("overall-progress");
        Label progress = new Label();
        progress.textProperty().bind(viewModel.form().progressTextProperty());
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("review-summary");
        viewModel.completeProperty().addListener((obs, old, complete) -> summary.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("complete"), complete));
        summary.pseudoClassStateChanged(PseudoClass.getPseudoClass("complete"), viewModel.completeProperty().get());

        list.getStyleClass().add("review-list");
        VBox page = new VBox(title, progress, bar, summary, list);
        page.getStyleClass().add("section-content");
        setContent(page);
        viewModel.groups().addListener((ListChangeListener<ReviewViewModel.Group>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        list.getChildren().clear();
        for (ReviewViewModel.Group group : viewModel.groups()) {
            Label section = new Label(group.sectionTitle());
            section.getStyleClass().add("review-section");
            section.setWrapText(true);
            ArabicWrap.apply(section);
            list.getChildren().add(section);
            for (ReviewViewModel.Entry entry : group.entries()) {
                Label number = new Label(entry.number());
                number.getStyleClass().add("item-number");
                number.setMinWidth(Region.USE_PREF_SIZE);
                Label question = new Label(entry.question());
                question.setWrapText(true);
                ArabicWrap.apply(question);
                question.getStyleClass().add("review-question");
                Label problem = new Label(entry.problem());
                problem.setWrapText(true);
                ArabicWrap.apply(problem);
                problem.getStyleClass().add(entry.missing() ? "review-missing" : "review-invalid");
                VBox text = new VBox(question, problem);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button go = new Button(messages.get("ui.review.goTo"));
                go.setMinWidth(Region.USE_PREF_SIZE);
                go.setAccessibleText(messages.get("ui.review.goToItem", entry.number()));
                go.setOnAction(e -> viewModel.jump(entry));
                go.setId("review-go-" + entry.itemId());
                HBox row = new HBox(number, text, go);
                row.getStyleClass().add("review-entry");
                list.getChildren().add(row);
            }
        }
    }

    /** Focuses the first "go to" button, so the keyboard can walk the list at once. */
    public void focusFirst() {
        // A new scroll pane puts its content in the scene only once it has a skin.
        applyCss();
        layout();
        list.getChildren().stream().filter(HBox.class::isInstance).findFirst()
                .ifPresent(row -> ((HBox) row).getChildren().get(2).requestFocus());
    }
}
