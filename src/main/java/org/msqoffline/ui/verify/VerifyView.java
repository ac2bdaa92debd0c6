package org.msqoffline.ui.verify;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.export.FingerprintArea;
import org.msqoffline.ui.export.ShareWindows;
import org.msqoffline.ui.common.FieldLabel;
import org.msqoffline.ui.common.LatinData;
import org.msqoffline.ui.common.WrappedCells;

/** "Verify a package": choose a file, see VALID or INVALID in large letters, the details and every reason. */
public final class VerifyView extends VBox {
    private final VerifyViewModel viewModel;
    private final Messages messages;

    public VerifyView(VerifyViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        getStyleClass().addAll("share-window", "verify-view");
        setSpacing(10);
        Label title = new Label(messages.get("ui.verify.title"));
        title.getStyleClass().add("share-title");
        Label intro = new Label(messages.get("ui.verify.intro"));
        intro.setWrapText(true);
        Button choose = new Button(messages.get("ui.verify.choose"));
        choose.setId("verify-choose");
        choose.getStyleClass().add("primary");
        choose.setOnAction(e -> choose());
        choose.disableProperty().bind(viewModel.busyProperty());
        TextField file = LatinData.pathField(viewModel.fileProperty());

        Label verdict = new Label();
        verdict.setId("verify-verdict");
        verdict.textProperty().bind(viewModel.verdictProperty());
        verdict.getStyleClass().add("share-invalid");
        viewModel.validProperty().addListener((obs, old, valid) -> {
            verdict.getStyleClass().removeAll("share-valid", "share-invalid");
            verdict.getStyleClass().add(valid ? "share-valid" : "share-invalid");
        });
        verdict.visibleProperty().bind(viewModel.verdictProperty().isNotEmpty());

        GridPane details = new GridPane();
        details.getStyleClass().add("share-grid");
        row(details, 0, messages.get("ui.verify.signer"), viewModel.signerProperty());
        row(details, 1, messages.get("ui.verify.fingerprint"), FingerprintArea.of(viewModel.fingerprintProperty()));
        row(details, 2, messages.get("ui.verify.signingTime"), viewModel.signingTimeProperty());
        row(details, 3, messages.get("ui.verify.questionnaire"), viewModel.questionnaireProperty());
        row(details, 4, messages.get("ui.verify.country"), viewModel.countryProperty());
        row(details, 5, messages.get("ui.verify.completeness"), viewModel.completenessProperty());
        details.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());

        Label reasonsLabel = new Label(messages.get("ui.verify.reasons"));
        ListView<String> reasons = new ListView<>(viewModel.reasons());
        reasons.setId("verify-reasons");
        reasons.setCellFactory(WrappedCells.of());
        reasons.setPrefHeight(140);
        reasonsLabel.setLabelFor(reasons);
        reasons.visibleProperty().bind(Bindings.isNotEmpty(viewModel.reasons()));
        reasons.managedProperty().bind(reasons.visibleProperty());
        reasonsLabel.visibleProperty().bind(reasons.visibleProperty());
        reasonsLabel.managedProperty().bind(reasons.visibleProperty());
        ListView<String> notes = new ListView<>(viewModel.notes());
        notes.setPrefHeight(80);
        notes.setCellFactory(WrappedCells.of());
        notes.visibleProperty().bind(Bindings.isNotEmpty(viewModel.notes()));
        notes.managedProperty().bind(notes.visibleProperty());
        VBox.setVgrow(reasons, Priority.ALWAYS);
        Region room = new Region();
        VBox.setVgrow(room, Priority.SOMETIMES);
        Button close = ShareWindows.closeButton(messages);
        getChildren().addAll(title, intro, choose, file, verdict, details, reasonsLabel, reasons, notes, room, close);
        pseudoClassStateChanged(PseudoClass.getPseudoClass("empty"), true);
    }

    /** Opens the verify window over {@code owner}. */
    public static Stage open(Window owner, VerifyViewModel viewModel) {
        return ShareWindows.open(owner, new VerifyView(viewModel), viewModel.messages().get("ui.verify.title"), 760, 620);
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(FieldLabel.plain(messages.get("ui.verify.choose")));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.verify.filter"), "*.asice", "*.pdf"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            viewModel.verify(chosen.toPath());
        }
    }

    private static void row(GridPane grid, int row, String label, StringProperty value) {
        TextField field = new TextField();
        field.setEditable(false);
        field.textProperty().bind(value);
        row(grid, row, label, field);
    }

    private static void row(GridPane grid, int row, String label, Control field) {
        Label text = FieldLabel.of(label, field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(text, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
