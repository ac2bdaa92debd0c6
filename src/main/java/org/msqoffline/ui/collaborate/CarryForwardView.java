package org.msqoffline.ui.collaborate;

import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.ui.export.ExportWizardView;
import org.msqoffline.ui.common.FieldLabel;
import org.msqoffline.ui.export.ShareWindows;

/** "Carry forward to another edition…": choose the edition; the new response opens with its answers to confirm. */
public final class CarryForwardView extends VBox {
    public CarryForwardView(CarryForwardViewModel viewModel) {
        Messages messages = viewModel.messages();
        getStyleClass().addAll("share-window", "carry-forward-view");
        setSpacing(10);
        Label title = new Label(messages.get("ui.collaborate.carryTitle"));
        title.getStyleClass().add("share-title");
        Label intro = ExportWizardView.wrapped(messages.get("ui.collaborate.carryIntro"), "share-note");
        ComboBox<Questionnaire> editions = new ComboBox<>(viewModel.editions());
        editions.valueProperty().bindBidirectional(viewModel.chosenProperty());
        editions.setConverter(new StringConverter<>() {
            @Override
            public String toString(Questionnaire questionnaire) {
                return questionnaire == null ? "" : questionnaire.label();
            }

            @Override
            public Questionnaire fromString(String text) {
                return null;
            }
        });
        Label editionLabel = FieldLabel.of(messages.get("ui.collaborate.carryEdition"), editions);
        Label message = ExportWizardView.wrapped("", "share-summary");
        message.textProperty().bind(viewModel.messageProperty());
        Label error = ExportWizardView.wrapped("", "error-line");
        error.textProperty().bind(viewModel.errorProperty());
        Button carry = new Button(messages.get("ui.collaborate.carry"));
        carry.getStyleClass().add("primary");
        carry.disableProperty().bind(viewModel.chosenProperty().isNull());
        carry.setOnAction(e -> viewModel.carryForward());
        Button close = ShareWindows.closeButton(messages);
        Button importDefinition = new Button(messages.get("ui.collaborate.importDefinition"));
        importDefinition.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(FieldLabel.plain(messages.get("ui.collaborate.importDefinition")));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.collaborate.definitionFilter"), "*.json"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.importDefinition(file.toPath());
            }
        });
        HBox.setHgrow(editions, Priority.ALWAYS);
        editions.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, intro, editionLabel, new HBox(8, editions, importDefinition), message, error, new HBox(8, carry, close));
    }

    /** Opens the window over {@code owner} and lists the editions. */
    public static Stage open(Window owner, CarryForwardViewModel viewModel) {
        viewModel.load();
        return ResponseActions.window(owner, new CarryForwardView(viewModel), viewModel.messages().get("ui.collaborate.carryTitle"),
                620, 360);
    }
}
