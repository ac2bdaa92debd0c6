package org.msqoffline.ui.collaborate;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.export.ExportWizardView;
import org.msqoffline.ui.common.FieldLabel;
import org.msqoffline.ui.common.LatinData;
import org.msqoffline.ui.common.SaveDialogs;
import org.msqoffline.ui.export.ShareWindows;

/** "Delegate…": check boxes per section and item, the receiving agency or person, the file to write. */
public final class DelegateView extends VBox {
    public DelegateView(DelegateViewModel viewModel) {
        Messages messages = viewModel.messages();
        getStyleClass().addAll("share-window", "delegate-view");
        setSpacing(10);
        Label title = new Label(messages.get("ui.collaborate.delegateTitle"));
        title.getStyleClass().add("share-title");
        Label intro = ExportWizardView.wrapped(messages.get("ui.collaborate.delegateIntro"), "share-note");
        VBox choices = new VBox(4);
        for (DelegateViewModel.SectionChoice section : viewModel.sections()) {
            CheckBox sectionBox = new CheckBox(section.label());
            sectionBox.getStyleClass().add("card-title");
            sectionBox.selectedProperty().bindBidirectional(section.selected());
            choices.getChildren().add(sectionBox);
            for (DelegateViewModel.ItemChoice item : section.items()) {
                CheckBox itemBox = new CheckBox(item.label());
                itemBox.setWrapText(true);
                itemBox.selectedProperty().bindBidirectional(item.selected());
                VBox.setMargin(itemBox, new Insets(0, 0, 0, 24));
                choices.getChildren().add(itemBox);
            }
        }
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        TextField to = new TextField();
        to.setId("delegate-to");
        to.textProperty().bindBidirectional(viewModel.toProperty());
        Label toLabel = FieldLabel.of(messages.get("ui.collaborate.delegateTo"), to);
        TextField file = LatinData.pathField(viewModel.targetProperty());
        Button choose = new Button(messages.get("ui.export.chooseFile"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("ui.collaborate.delegateFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.collaborate.delegateFilter"), "*.msqd"));
            File chosen = SaveDialogs.proposing(chooser, viewModel.targetProperty().get()).showSaveDialog(getScene().getWindow());
            if (chosen != null) {
                String path = chosen.getPath().endsWith(".msqd") ? chosen.getPath() : chosen.getPath() + ".msqd";
                viewModel.targetProperty().set(new File(path).toPath());
            }
        });
        Label fileLabel = new Label(messages.get("ui.collaborate.delegateFile"));
        fileLabel.setLabelFor(file);
        HBox fileRow = new HBox(8, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        Label message = ExportWizardView.wrapped("", "share-summary");
        message.textProperty().bind(viewModel.messageProperty());
        Label error = ExportWizardView.wrapped("", "error-line");
        error.textProperty().bind(viewModel.errorProperty());
        Button delegate = new Button(messages.get("ui.collaborate.delegate"));
        delegate.getStyleClass().add("primary");
        delegate.disableProperty().bind(viewModel.canDelegate().not());
        delegate.setOnAction(e -> viewModel.delegate());
        Button close = ShareWindows.closeButton(messages);
        HBox actions = new HBox(8, delegate, close);
        actions.getStyleClass().add("button-row");
        getChildren().addAll(title, intro, scroll, toLabel, to, fileLabel, fileRow, message, error, actions);
    }

    /** Opens the delegate window over {@code owner}. */
    public static Stage open(Window owner, DelegateViewModel viewModel) {
        return ResponseActions.window(owner, new DelegateView(viewModel), viewModel.messages().get("ui.collaborate.delegateTitle"), 760, 680);
    }
}
