package org.msqoffline.ui.welcome;

import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.ArabicWrap;
import org.msqoffline.ui.common.CountryPicker;
import org.msqoffline.ui.common.FieldLabel;

/** The welcome screen shown on first run. */
public final class WelcomeView extends VBox {
    private final CountryPicker picker;

    public WelcomeView(WelcomeViewModel viewModel) {
        Messages messages = viewModel.responses().messages();
        getStyleClass().addAll("welcome-view", "page");

        Label title = new Label(messages.get("ui.welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(messages.get("ui.welcome.intro"));
        intro.setWrapText(true);
        ArabicWrap.apply(intro);
        intro.getStyleClass().add("welcome-intro");

        Label newTitle = new Label(messages.get("ui.welcome.newTitle"));
        newTitle.getStyleClass().add("card-title");
        picker = new CountryPicker(messages);
        Label countryLabel = FieldLabel.of(messages.get("ui.welcome.countryLabel"), picker.filterField());
        countryLabel.setWrapText(true);
        ArabicWrap.apply(countryLabel);
        viewModel.countryProperty().bind(picker.selectedProperty());
        Button start = new Button(messages.get("ui.welcome.start"));
        start.getStyleClass().add("primary");
        start.setDefaultButton(true);
        start.disableProperty().bind(viewModel.canStart().not());
        start.setOnAction(e -> viewModel.start());
        start.setId("welcome-start");
        picker.setOnChosen(start::fire);
        VBox newCard = new VBox(newTitle, countryLabel, picker, start);
        newCard.getStyleClass().add("card");
        HBox.setHgrow(newCard, Priority.ALWAYS);

        Label otherTitle = new Label(messages.get("ui.welcome.otherTitle"));
        otherTitle.getStyleClass().add("card-title");
        Button open = new Button(messages.get("ui.welcome.open"));
        open.disableProperty().bind(viewModel.hasResponses().not());
        open.setOnAction(e -> viewModel.openExisting());
        Button importFile = new Button(messages.get("ui.welcome.import"));
        importFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("ui.responses.importTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.responses.importFilter"),
                    "*.json", "*.msqd", "*.asice", "*.pdf"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.importFile(file.toPath());
            }
        });
        Button sample = new Button(messages.get("ui.welcome.sample"));
        sample.setId("welcome-sample");
        sample.setOnAction(e -> viewModel.openSample());
        Label sampleHint = new Label(messages.get("ui.welcome.sampleHint"));
        sampleHint.setWrapText(true);
        ArabicWrap.apply(sampleHint);
        sampleHint.getStyleClass().add("hint");
        for (Button button : new Button[] {open, importFile, sample}) {
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);   // "Look at the Azerbaijan 2024 s…" with large text
        }
        VBox otherCard = new VBox(otherTitle, open, importFile, sample, sampleHint);
        otherCard.getStyleClass().add("card");
        otherCard.setPrefWidth(380);
        otherCard.setMinWidth(300);

        HBox cards = new HBox(newCard, otherCard);
        cards.getStyleClass().add("cards");
        Label error = new Label();
        error.getStyleClass().add("error-line");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.responses().errorProperty());
        error.managedProperty().bind(viewModel.responses().errorProperty().isNotEmpty());
        getChildren().addAll(title, intro, cards, error);
    }

    public void focusFirst() {
        picker.filterField().requestFocus();
    }
}
