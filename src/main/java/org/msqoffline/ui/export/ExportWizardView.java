package org.msqoffline.ui.export;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.export.ExportWizardViewModel.IdentitySource;
import org.msqoffline.ui.export.ExportWizardViewModel.Step;
import org.msqoffline.ui.common.FieldLabel;
import org.msqoffline.ui.common.LatinData;
import org.msqoffline.ui.common.SaveDialogs;
import org.msqoffline.ui.common.WrappedCells;

/**
 * The pages of the "Sign and export" wizard, in a window of their own; all state is in the view model.
 * Each page, once shown, puts the keyboard focus on its first choice or input, and the Tab order runs
 * through the page before the buttons under it; every button and input has its Alt+letter.
 */
public final class ExportWizardView extends BorderPane {
    private final ExportWizardViewModel viewModel;
    private final Messages messages;
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final CheckBox allowIncomplete = new CheckBox();
    private final RadioButton create = new RadioButton();
    private final RadioButton open = new RadioButton();
    private final TextField packageFile;
    private final Button next = new Button();
    // One place for the pages, above the buttons, so that Tab goes through a page before its buttons.
    private final StackPane pages = new StackPane();
    private final Node summaryPage;
    private final Node identityPage;
    private final Node passphrasePage;
    private final Node workingPage;
    private final Node resultPage;

    public ExportWizardView(ExportWizardViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        packageFile = LatinData.pathField(viewModel.packageFileProperty());
        packageFile.setId("export-package");
        getStyleClass().addAll("share-window", "export-wizard");
        Label title = new Label(messages.get("ui.export.title", viewModel.responseTitle()));
        title.getStyleClass().add("share-title");
        setTop(title);
        summaryPage = summaryPage();
        identityPage = identityPage();
        passphrasePage = passphrasePage();
        workingPage = workingPage();
        resultPage = resultPage();
        setCenter(pages);
        setBottom(buttons());
        viewModel.stepProperty().addListener((obs, old, step) -> show(step));
        viewModel.loadedProperty().addListener((obs, old, loaded) -> focusPage(viewModel.stepProperty().get()));
        sceneProperty().addListener((obs, old, scene) -> focusPage(viewModel.stepProperty().get()));
        show(viewModel.stepProperty().get());
    }

    /** Opens the wizard in a modal window over {@code owner} and starts loading the summary. */
    public static Stage open(Window owner, ExportWizardViewModel viewModel) {
        viewModel.load();
        return ShareWindows.open(owner, new ExportWizardView(viewModel), viewModel.messages().get("ui.export.windowTitle"), 860, 620);
    }

    private void show(Step step) {
        Node page = switch (step) {
            case SUMMARY -> summaryPage;
            case IDENTITY -> identityPage;
            case PASSPHRASE -> passphrasePage;
            case WORKING -> workingPage;
            case RESULT -> resultPage;
        };
        pages.getChildren().setAll(page);
        focusPage(step);
    }

    /**
     * Puts the focus where the keyboard goes on from on a page: the "export as incomplete" choice (or Next)
     * once the summary is loaded, the identity choice, the passphrase, the package written.
     */
    private void focusPage(Step step) {
        Node target = switch (step) {
            case SUMMARY -> !viewModel.loadedProperty().get() ? null : allowIncomplete.isVisible() ? allowIncomplete : next;
            case IDENTITY -> open.isSelected() ? open : create;
            case PASSPHRASE -> passphrase;
            case WORKING -> null;
            case RESULT -> packageFile;
        };
        if (target != null && getScene() != null) {
            target.requestFocus();
        }
    }

    private Node summaryPage() {
        Label contribution = wrapped(messages.get("ui.export.contribution"), "share-note");
        contribution.visibleProperty().bind(viewModel.contributionProperty());
        contribution.managedProperty().bind(contribution.visibleProperty());
        Label summary = wrapped("", "share-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<String> missing = new ListView<>(viewModel.missing());
        missing.setId("export-missing");
        missing.setCellFactory(WrappedCells.of());
        missing.setPrefHeight(220);
        missing.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.completeProperty().not()));
        missing.managedProperty().bind(missing.visibleProperty());
        VBox.setVgrow(missing, Priority.ALWAYS);
        CheckBox allow = allowIncomplete;
        allow.setText(messages.get("ui.export.allowIncomplete"));
        allow.setId("export-allow-incomplete");
        allow.setWrapText(true);
        allow.selectedProperty().bindBidirectional(viewModel.allowIncompleteProperty());
        allow.visibleProperty().bind(missing.visibleProperty());
        allow.managedProperty().bind(allow.visibleProperty());
        TextField folder = LatinData.pathField(viewModel.folderProperty());
        Button chooseFolder = new Button(messages.get("ui.export.chooseFolder"));
        chooseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("ui.export.folderLabel"));
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.folderProperty().set(chosen.toPath());
            }
        });
        Label folderLabel = new Label(messages.get("ui.export.folderLabel"));
        folderLabel.setLabelFor(folder);
        HBox folderRow = new HBox(8, folder, chooseFolder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        return page(contribution, summary, missing, allow, folderLabel, folderRow);
    }

    private Node identityPage() {
        ToggleGroup group = new ToggleGroup();
        create.setText(messages.get("ui.export.createIdentity"));
        create.setId("export-create-identity");
        open.setText(messages.get("ui.export.openIdentity"));
        open.setId("export-open-identity");
        create.setToggleGroup(group);
        open.setToggleGroup(group);
        group.selectToggle(viewModel.sourceProperty().get() == IdentitySource.OPEN ? open : create);
        group.selectedToggleProperty().addListener((obs, old, chosen) ->
                viewModel.sourceProperty().set(chosen == open ? IdentitySource.OPEN : IdentitySource.CREATE));

        GridPane createGrid = new GridPane();
        createGrid.getStyleClass().add("share-grid");
        TextField name = bound("export-name", viewModel.nameProperty().get());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextField email = bound("export-email", "");
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        TextField organization = bound("export-organization", "");
        organization.textProperty().bindBidirectional(viewModel.organizationProperty());
        TextField country = bound("export-country", "");
        country.textProperty().bindBidirectional(viewModel.countryProperty());
        country.setPrefColumnCount(4);
        ComboBox<KeyAlgorithm> algorithm = new ComboBox<>();
        algorithm.getItems().setAll(KeyAlgorithm.values());
        algorithm.setConverter(new StringConverter<>() {
            @Override
            public String toString(KeyAlgorithm value) {
                return value == KeyAlgorithm.RSA_3072 ? messages.get("ui.export.keyRsa") : messages.get("ui.export.keyEc");
            }

            @Override
            public KeyAlgorithm fromString(String text) {
                return null;
            }
        });
        algorithm.valueProperty().bindBidirectional(viewModel.algorithmProperty());
        TextField saveAs = LatinData.pathField(viewModel.newIdentityFileProperty());
        Button chooseSave = new Button(messages.get("ui.export.chooseFile"));
        chooseSave.setOnAction(e -> {
            File chosen = SaveDialogs.proposing(identityChooser(), viewModel.newIdentityFileProperty().get()).showSaveDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.newIdentityFileProperty().set(chosen.toPath());
            }
        });
        row(createGrid, 0, messages.get("ui.export.name"), name);
        row(createGrid, 1, messages.get("ui.export.email"), email);
        row(createGrid, 2, messages.get("ui.export.organization"), organization);
        row(createGrid, 3, messages.get("ui.export.country"), country);
        row(createGrid, 4, messages.get("ui.export.key"), algorithm);
        row(createGrid, 5, messages.get("ui.export.saveIdentityAs"), withButton(saveAs, chooseSave)).setLabelFor(saveAs);
        createGrid.visibleProperty().bind(create.selectedProperty());
        createGrid.managedProperty().bind(createGrid.visibleProperty());

        GridPane openGrid = new GridPane();
        openGrid.getStyleClass().add("share-grid");
        TextField existing = LatinData.pathField(viewModel.existingIdentityFileProperty());
        Button chooseOpen = new Button(messages.get("ui.export.chooseFile"));
        chooseOpen.setOnAction(e -> {
            File chosen = identityChooser().showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.existingIdentityFileProperty().set(chosen.toPath());
            }
        });
        row(openGrid, 0, messages.get("ui.export.identityFile"), withButton(existing, chooseOpen)).setLabelFor(existing);
        openGrid.visibleProperty().bind(open.selectedProperty());
        openGrid.managedProperty().bind(openGrid.visibleProperty());
        return page(wrapped(messages.get("ui.export.identityIntro"), "share-note"), create, createGrid, open, openGrid);
    }

    private FileChooser identityChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.export.identityFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.export.identityFilter"), "*.p12", "*.pfx"));
        return chooser;
    }

    private Node passphrasePage() {
        passphrase.setId("export-passphrase");
        repeat.setId("export-passphrase-repeat");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("share-grid");
        row(grid, 0, messages.get("ui.export.passphrase"), passphrase);
        Label repeatLabel = row(grid, 1, messages.get("ui.export.passphraseRepeat"), repeat);
        repeat.visibleProperty().bind(viewModel.sourceProperty().isEqualTo(IdentitySource.CREATE));
        repeatLabel.visibleProperty().bind(repeat.visibleProperty());
        Label hint = wrapped("", "hint");
        hint.textProperty().bind(Bindings.when(viewModel.sourceProperty().isEqualTo(IdentitySource.CREATE))
                .then(messages.get("ui.export.passphraseNewHint", SigningIdentity.MIN_PASSPHRASE_LENGTH))
                .otherwise(messages.get("ui.export.passphraseOpenHint")));
        Button sign = new Button(messages.get("ui.export.sign"));
        sign.setId("export-sign");
        sign.getStyleClass().add("primary");
        sign.setDefaultButton(true);
        sign.setOnAction(e -> sign());
        return page(hint, grid, sign);
    }

    private void sign() {
        char[] secret = passphrase.getText().toCharArray();
        char[] again = repeat.getText().toCharArray();
        passphrase.clear();
        repeat.clear();
        viewModel.signAndExport(secret, again);
    }

    private Node workingPage() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        return page(wrapped(messages.get("ui.export.working"), "share-summary"), bar);
    }

    private Node resultPage() {
        Label done = wrapped(messages.get("ui.export.done"), "share-valid");
        // An incomplete export says so here as well as on every page of the package and its PDF copy.
        Label incomplete = wrapped("", "share-note");
        incomplete.textProperty().bind(Bindings.createStringBinding(() -> messages.get("ui.export.doneIncomplete",
                viewModel.missing().size()), viewModel.missing()));
        incomplete.setId("export-done-incomplete");
        incomplete.visibleProperty().bind(viewModel.completeProperty().not());
        incomplete.managedProperty().bind(incomplete.visibleProperty());
        TextField file = packageFile;
        Label fileLabel = new Label(messages.get("ui.export.packageLabel"));
        fileLabel.setLabelFor(file);
        TextArea fingerprint = FingerprintArea.of(viewModel.fingerprintProperty());
        fingerprint.setId("export-fingerprint");
        Label fingerprintLabel = new Label(messages.get("ui.export.fingerprintLabel"));
        fingerprintLabel.setLabelFor(fingerprint);
        Label signer = wrapped("", "hint");
        signer.textProperty().bind(Bindings.concat(messages.get("ui.export.signerLabel"), " ", viewModel.signerProperty()));
        Label confirm = wrapped("", "share-note");
        // A contribution goes to the coordinator, not to UN DESA: the fingerprint is read to whoever receives it.
        confirm.textProperty().bind(Bindings.when(viewModel.contributionProperty())
                .then(messages.get("ui.export.fingerprintHintContribution")).otherwise(messages.get("ui.export.fingerprintHint")));
        Button openFolder = new Button(messages.get("ui.export.openFolder"));
        openFolder.setOnAction(e -> DocumentOpener.open(viewModel.packageFileProperty().get().toAbsolutePath().getParent(), messages,
                this::cannotOpen));
        Button openPdf = new Button(messages.get("ui.export.openPdf"));
        openPdf.setOnAction(e -> DocumentOpener.open(viewModel.pdfFileProperty().get(), messages, this::cannotOpen));
        Button print = new Button(messages.get("ui.export.print"));
        print.setOnAction(e -> viewModel.printablePages(pages -> PagePrinter.print(getScene().getWindow(), pages, messages, problem -> {
            if (problem != null) {
                viewModel.statusProperty().set(messages.get("ui.export.printFailed", problem));
            }
        })));
        HBox actions = new HBox(8, openFolder, openPdf, print);
        actions.getStyleClass().add("button-row");
        Label status = wrapped("", "hint");
        status.textProperty().bind(viewModel.statusProperty());
        return page(done, incomplete, fileLabel, file, fingerprintLabel, fingerprint, signer, confirm, actions, status);
    }

    private void cannotOpen(String reason) {
        viewModel.statusProperty().set(messages.get("ui.export.cannotOpen", reason));
    }

    private Node buttons() {
        Label error = wrapped("", "error-line");
        error.setId("export-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(viewModel.errorProperty().isNotEmpty());
        Button back = new Button(messages.get("ui.export.back"));
        back.setOnAction(e -> viewModel.back());
        back.visibleProperty().bind(viewModel.stepProperty().isEqualTo(Step.IDENTITY).or(viewModel.stepProperty().isEqualTo(Step.PASSPHRASE)));
        next.setText(messages.get("ui.export.next"));
        next.setId("export-next");
        next.getStyleClass().add("primary");
        next.setOnAction(e -> viewModel.next());
        next.disableProperty().bind(viewModel.canNext().not());
        next.visibleProperty().bind(viewModel.stepProperty().isEqualTo(Step.SUMMARY).or(viewModel.stepProperty().isEqualTo(Step.IDENTITY)));
        Button close = ShareWindows.closeButton(messages);
        close.setId("export-close");
        close.disableProperty().bind(viewModel.stepProperty().isEqualTo(Step.WORKING));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, back, spacer, next, close);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(8, error, row);
    }

    static VBox page(Node... children) {
        VBox page = new VBox(10, children);
        page.getStyleClass().add("share-page");
        return page;
    }

    /** A wrapping label with a style class, for the pages of these windows. */
    public static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField bound(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    private static HBox withButton(TextField field, Button button) {
        HBox box = new HBox(8, field, button);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private static Label row(GridPane grid, int row, String label, Node input) {
        Label text = FieldLabel.of(label, input);
        text.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(text, 0, row);
        grid.add(input, 1, row);
        GridPane.setHgrow(input, Priority.ALWAYS);
        return text;
    }
}
