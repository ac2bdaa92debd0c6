package org.msqoffline.ui;

import impl.org.controlsfx.skin.DecorationPane;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.msqoffline.app.DesktopState;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.Answers;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.collaborate.ResponseActions;
import org.msqoffline.ui.common.SaveStatus;
import org.msqoffline.ui.common.Theme;
import org.msqoffline.ui.form.FormView;
import org.msqoffline.ui.form.FormViewModel;
import org.msqoffline.ui.form.ItemViewModel;
import org.msqoffline.ui.history.HistoryView;
import org.msqoffline.ui.history.HistoryViewModel;
import org.msqoffline.ui.responses.ResponsesView;
import org.msqoffline.ui.responses.ResponsesViewModel;
import org.msqoffline.ui.review.ReviewView;
import org.msqoffline.ui.review.ReviewViewModel;
import org.msqoffline.ui.search.SearchView;
import org.msqoffline.ui.search.SearchViewModel;
import org.msqoffline.ui.settings.SettingsView;
import org.msqoffline.ui.welcome.WelcomeView;
import org.msqoffline.ui.welcome.WelcomeViewModel;

/**
 * The one window: a bar of actions on top, the current screen (welcome, responses, form, review) in the
 * middle and the saved state below. It owns the keyboard shortcuts and the orderly close.
 */
public final class MainWindow {
    private static final KeyCombination NEXT_QUESTION = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_QUESTION = new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_SECTION = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_SECTION = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REVIEW = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESPONSES = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);

    private final DesktopServices services;
    private final Messages messages;
    private final Stage stage;
    private final Runnable afterClose;
    private final SaveStatus saveStatus;
    private final BorderPane root = new BorderPane();
    private final Label responseTitle = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progressBar = new ProgressBar(0);
    /** Whether a response is open: its actions (questions, review, find, history, share) show only then. */
    private final BooleanProperty formShown = new SimpleBooleanProperty(false);
    private FormViewModel form;
    private FormView formView;
    private ReviewView reviewView;
    private boolean closing;
    private ResponseActions shareActions;

    public MainWindow(DesktopServices services, Stage stage, Runnable afterClose) {
        this.services = services;
        this.messages = services.messages();
        this.stage = stage;
        this.afterClose = afterClose;
        this.saveStatus = new SaveStatus(messages, services.clock());
        root.getStyleClass().add("main-window");
        // A response opened again after a merge comes back where the official was, not at its first section.
        shareActions = new ResponseActions(services, stage, info -> open(info,
                services.state().lastPlace().filter(place -> place.responseId().equals(info.id())).orElse(null)));
        root.setTop(topBar());
        root.setBottom(statusBar());
        // The form's problem marks (ControlsFX decorations) need a decoration pane above them. Put there from the
        // start: else ControlsFX wraps the scene's root in one at the first mark, in the middle of a layout, and
        // JavaFX then styles the whole form once without its colours (dozens of CSS warnings at such a start).
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(root);
        Scene scene = new Scene(decorations, 1280, 800);
        services.theme().dress(scene);
        services.theme().sizeProperty().addListener((obs, old, size) -> remember(() -> services.state().rememberTextSize(size.intValue())));
        services.theme().nameProperty().addListener((obs, old, name) -> remember(() -> services.state().rememberTheme(name.code())));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        stage.setScene(scene);
        stage.setTitle(messages.get("ui.app.title"));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnCloseRequest(this::closeRequested);
    }

    /**
     * Shows the window where it was left, with the last response or the welcome screen; a {@code file} the app
     * was started with (a double-click in the file manager) is then opened: a delegation is imported and
     * opened, a package or signed PDF verified.
     */
    public void show(Optional<DesktopState.WindowBounds> bounds, Optional<DesktopState.Place> lastPlace, Optional<Path> file) {
        bounds.filter(MainWindow::onSomeScreen).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
        if (bounds.isEmpty()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            if (screen.getWidth() <= 1440 || screen.getHeight() <= 900) {
                // A laptop screen: use all of it.
                stage.setX(screen.getMinX());
                stage.setY(screen.getMinY());
                stage.setWidth(screen.getWidth());
                stage.setHeight(screen.getHeight());
            } else {
                stage.setWidth(1280);
                stage.setHeight(900);
                stage.centerOnScreen();
            }
        }
        boolean delegation = file.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".msqd")).isPresent();
        Optional<DesktopState.Place> reopened = delegation ? Optional.empty() : lastPlace;
        reopened.ifPresent(place -> {
            // Said while the answers are read: on a slow disk that is more than a moment of an empty window. The
            // reading starts before the window shows, so the form is usually ready for the first frame.
            Label opening = new Label(messages.get("ui.app.opening"));
            opening.getStyleClass().add("hint");
            root.setCenter(new StackPane(opening));
            open(() -> services.responses().get(place.responseId()), place);
        });
        stage.show();
        if (delegation) {
            showWelcome().importFile(file.get());
        } else if (reopened.isEmpty()) {
            showWelcome();
        }
        if (file.isPresent() && !delegation) {
            shareActions.verify(file.get());
        }
    }

    private static boolean onSomeScreen(DesktopState.WindowBounds b) {
        return b.width() >= 400 && b.height() >= 300
                && !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty();
    }

    /** Asks for the contributor's name when none is known yet; kept in the data folder. */
    public void askNameIfUnknown(boolean unknown) {
        if (!unknown) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("ui.contributor.title"));
        dialog.setHeaderText(messages.get("ui.contributor.header"));
        dialog.setContentText(messages.get("ui.contributor.label"));
        Theme.dress(dialog.getDialogPane(), root.getScene());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("ui.contributor.save"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("ui.common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> services.tasks().write(() -> {
            services.contributor().setName(name);
            return name;
        }, ok -> { }, saveStatus::failed));
    }

    private void remember(Runnable write) {
        services.tasks().write(() -> {
            write.run();
            return Boolean.TRUE;
        }, ok -> { }, saveStatus::failed);
    }

    /** The settings dialog: the contributor's name, language (from the next start), theme and text size (at once). */
    public void showSettings() {
        String current = services.state().language().orElse(messages.language());
        String name = services.contributor().name().orElse("");
        SettingsView dialog = new SettingsView(messages, services.theme(), current, name, root.getScene());
        dialog.initOwner(stage);
        if (dialog.showAndWait().orElse(false)) {
            if (!dialog.name().isEmpty() && !dialog.name().equals(name)) {
                remember(() -> services.contributor().setName(dialog.name()));
            }
            services.theme().nameProperty().set(dialog.theme());
            services.theme().setSize(dialog.size());
            if (!dialog.language().equals(current)) {
                remember(() -> services.state().rememberLanguage(dialog.language()));
            }
        }
    }

    private Node topBar() {
        Label app = new Label(messages.get("ui.app.name"));
        app.getStyleClass().add("app-name");
        responseTitle.getStyleClass().add("response-title");
        responseTitle.setMinWidth(0);
        app.setMinWidth(Region.USE_PREF_SIZE);
        Button responses = new Button(messages.get("ui.nav.responses"));
        responses.setOnAction(e -> showResponses());
        Button form = new Button(messages.get("ui.nav.form"));
        form.setOnAction(e -> showForm());
        Button review = new Button(messages.get("ui.nav.review"));
        review.setOnAction(e -> showReview());
        Button search = new Button(messages.get("ui.nav.search"));
        search.setOnAction(e -> showSearch());
        Button history = new Button(messages.get("ui.nav.history"));
        history.setOnAction(e -> showHistory());
        Node share = shareActions.menu(() -> this.form.response());
        List<Node> formActions = List.of(form, review, search, history, share);
        Button settings = new Button(messages.get("ui.nav.settings"));
        settings.setId("settings");
        settings.setOnAction(e -> showSettings());
        Button verify = new Button(messages.get("ui.collaborate.verifyButton"));
        verify.setOnAction(e -> shareActions.verify());
        // The screen shown marks its button: "Questions" on the questions is not a button that seems to do nothing.
        PseudoClass current = PseudoClass.getPseudoClass("current");
        root.centerProperty().addListener((obs, old, shown) -> {
            form.pseudoClassStateChanged(current, shown instanceof FormView);
            review.pseudoClassStateChanged(current, shown instanceof ReviewView);
            responses.pseudoClassStateChanged(current, shown instanceof ResponsesView);
        });
        // Buttons never shorten to "Revi…": with large text or a narrow window they go on a second row.
        List<Node> always = List.of(responses, verify, settings);
        List<Node> all = Stream.concat(formActions.stream(), always.stream()).toList();
        all.forEach(action -> ((Region) action).setMinWidth(Region.USE_PREF_SIZE));
        FlowPane actions = new FlowPane();
        actions.getStyleClass().add("top-actions");
        whileFormShown(actions, all, always);
        HBox.setHgrow(actions, Priority.ALWAYS);
        HBox bar = new HBox(app, responseTitle, actions);
        // The response's name (also in the window's title) gives way before the buttons take more rows.
        responseTitle.maxWidthProperty().bind(bar.widthProperty().multiply(0.25));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Node statusBar() {
        Label status = new Label();
        status.textProperty().bind(saveStatus.textProperty());
        status.getStyleClass().add("save-status");
        status.setId("save-status");
        saveStatus.failedProperty().addListener((obs, old, failed) -> status.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("failed"), failed));
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        progressText.getStyleClass().add("overall-progress-text");
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        progressBar.setPrefWidth(160);
        Label shortcuts = new Label(messages.get("ui.status.shortcuts"));
        shortcuts.getStyleClass().add("shortcut-hint");
        shortcuts.setMinWidth(0);
        HBox bar = new HBox();
        bar.getStyleClass().add("status-bar");
        whileFormShown(bar, List.of(status, shortcuts, progressText, progressBar), List.of(status));
        return bar;
    }

    /**
     * Gives {@code pane} the nodes {@code withForm} while a response is open in the form, else {@code without}. Hidden
     * nodes would still be styled and given their skins for the first frame (a menu button, a progress bar), which a
     * start on the welcome page does not show.
     */
    private void whileFormShown(Pane pane, List<Node> withForm, List<Node> without) {
        pane.getChildren().setAll(without);
        formShown.addListener((obs, was, shown) -> pane.getChildren().setAll(shown ? withForm : without));
    }

    public Stage stage() {
        return stage;
    }

    public Optional<FormView> formView() {
        return Optional.ofNullable(formView);
    }

    public Optional<ReviewView> reviewView() {
        return Optional.ofNullable(reviewView);
    }

    public SaveStatus saveStatus() {
        return saveStatus;
    }

    private ResponsesViewModel responsesViewModel() {
        return new ResponsesViewModel(services.responses(), services.contributor()::nameOrUser, services.tasks(), messages,
                info -> open(info, null));
    }

    public WelcomeViewModel showWelcome() {
        leaveForm();
        WelcomeViewModel viewModel = new WelcomeViewModel(responsesViewModel(), this::showResponses);
        WelcomeView view = new WelcomeView(viewModel);
        // Scrolls rather than squeeze its cards (a small screen, large text).
        ScrollPane page = new ScrollPane(view);
        page.setFitToWidth(true);
        page.getStyleClass().add("page-scroll");
        root.setCenter(page);
        // The page enters the window with the scroll pane's skin, which CSS makes: made now, so that the country
        // field can take the focus (else the window gives it to its first button at the next pulse).
        page.applyCss();
        view.focusFirst();
        return viewModel;
    }

    public void showResponses() {
        leaveForm();
        ResponsesView view = new ResponsesView(responsesViewModel());
        root.setCenter(view);
        Platform.runLater(view::focusList);
    }

    private void leaveForm() {
        if (form != null) {
            form.flushAll();
        }
        form = null;
        formView = null;
        reviewView = null;
        formShown.set(false);
        responseTitle.setText("");
        progressText.textProperty().unbind();
        progressText.setText("");
        progressBar.progressProperty().unbind();   // the bound bar would hold on to the form left
        progressBar.setProgress(0);
        saveStatus.responseChanged();
        stage.setTitle(messages.get("ui.app.title"));
    }

    /** Opens a response in the form, at {@code place} when given (the last place of the previous run). */
    public void open(ResponseInfo info, DesktopState.Place place) {
        open(() -> info, place);
    }

    /**
     * Reads the response, its definition and its answers in one task (at start, a second task would have waited for
     * the first frame to be drawn before it could begin).
     */
    private void open(Supplier<ResponseInfo> response, DesktopState.Place place) {
        services.tasks().read(() -> {
            ResponseInfo info = response.get();
            return new Opened(info, services.responses().questionnaireOf(info), services.responses().answers(info));
        }, opened -> {
            leaveForm();
            form = new FormViewModel(services.responses(), opened.info(), opened.questionnaire(), opened.answers(),
                    services.contributor()::nameOrUser, services.tasks(), saveStatus, services.state(), messages);
            if (place != null && place.sectionId() != null) {
                for (int i = 0; i < form.sections().size(); i++) {
                    if (form.sections().get(i).id().equals(place.sectionId())) {
                        form.selectSection(i);
                    }
                }
            }
            formView = new FormView(form);
            reviewView = null;
            responseTitle.setText(form.title());
            stage.setTitle(messages.get("ui.app.titleWith", form.title()));
            progressText.textProperty().bind(form.progressTextProperty());
            progressBar.progressProperty().bind(form.progressProperty());
            formShown.set(true);
            root.setCenter(formView);
            if (place != null && place.itemId() != null && form.item(place.itemId()).isPresent()) {
                formView.focusItem(place.itemId());
            } else {
                formView.focusFirstQuestion();
            }
        }, error -> {
            showWelcome();
            saveStatus.problem(messages.get("ui.status.openFailed", messages.explain(error)));
        });
    }

    private record Opened(ResponseInfo info, Questionnaire questionnaire, Answers answers) {
    }

    public void showForm() {
        if (formView != null) {
            root.setCenter(formView);
            ItemViewModel focused = form.focusedItemProperty().get();
            if (focused != null) {
                formView.focusItem(focused.id());
            } else {
                formView.focusFirstQuestion();
            }
        }
    }

    public void showReview() {
        if (form == null) {
            return;
        }
        form.flushAll();
        ReviewViewModel viewModel = new ReviewViewModel(form, this::jumpTo);
        viewModel.opened();
        reviewView = new ReviewView(viewModel);
        root.setCenter(reviewView);
        reviewView.focusFirst();
    }

    private void jumpTo(String itemId) {
        root.setCenter(formView);
        formView.focusItem(itemId);
    }

    public void showSearch() {
        if (form == null) {
            return;
        }
        new SearchView(new SearchViewModel(form, this::jumpTo), messages, stage).show();
    }

    public void showHistory() {
        if (form == null) {
            return;
        }
        ItemViewModel item = form.focusedItemProperty().get();
        if (item == null) {
            item = form.currentSection().items().get(0);
        }
        ItemViewModel target = item;
        HistoryView view = new HistoryView(new HistoryViewModel(form, target, services.responses(), services.tasks()), messages, stage);
        view.setOnHidden(e -> {
            if (root.getCenter() == formView) {
                formView.focusItem(target.id());
            }
        });
        view.show();
    }

    private void shortcut(KeyEvent event) {
        boolean handled = true;
        if (SEARCH.match(event)) {
            showSearch();
        } else if (REVIEW.match(event)) {
            showReview();
        } else if (EXPORT.match(event) && form != null) {
            form.flushAll();
            shareActions.signAndExport(form.response());
        } else if (RESPONSES.match(event)) {
            showResponses();
        } else if (formView != null && root.getCenter() == formView && NEXT_QUESTION.match(event)) {
            formView.moveQuestion(1);
        } else if (formView != null && root.getCenter() == formView && PREVIOUS_QUESTION.match(event)) {
            formView.moveQuestion(-1);
        } else if (formView != null && NEXT_SECTION.match(event)) {
            showFormAt(1);
        } else if (formView != null && PREVIOUS_SECTION.match(event)) {
            showFormAt(-1);
        } else if (SETTINGS.match(event)) {
            showSettings();
        } else if (event.isShortcutDown() && !event.isAltDown() && textSizeStep(event.getCode()) != null) {
            services.theme().step(textSizeStep(event.getCode()));
        } else if (HISTORY.match(event)) {
            showHistory();
        } else if (event.getCode() == KeyCode.ESCAPE && reviewView != null && root.getCenter() == reviewView) {
            showForm();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Ctrl+Plus (or Ctrl+=, the same key unshifted), Ctrl+Minus and Ctrl+0, on the main or the number keys. */
    private static Integer textSizeStep(KeyCode code) {
        return switch (code) {
            case PLUS, EQUALS, ADD -> 1;
            case MINUS, SUBTRACT -> -1;
            case DIGIT0, NUMPAD0 -> 0;
            default -> null;
        };
    }

    private void showFormAt(int direction) {
        root.setCenter(formView);
        form.selectSection(form.sectionIndexProperty().get() + direction);
        formView.focusFirstQuestion();
    }

    private void closeRequested(WindowEvent event) {
        event.consume();
        if (closing) {
            return;
        }
        closing = true;
        if (form != null) {
            form.flushAll();
        }
        DesktopState.WindowBounds bounds = new DesktopState.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
        services.tasks().write(() -> {
            services.state().rememberWindow(bounds);
            return bounds;
        }, ok -> { }, error -> { });
        // Wait for the writes off the FX thread; only then let the window (and the app) go, unless answers
        // were refused (a full disk): those exist only on screen, and closing would lose them.
        services.tasks().writesDone().whenComplete((ok, error) -> Platform.runLater(() -> {
            if (form != null && form.refusedAnswers() > 0 && !closeLosingAnswers(form.refusedAnswers())) {
                closing = false;
                return;
            }
            stage.hide();
            afterClose.run();
        }));
    }

    /** Asks whether to close although {@code refused} answers are not saved; keeping the window is the default. */
    private boolean closeLosingAnswers(int refused) {
        ButtonType keep = new ButtonType(messages.get("ui.close.refused.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType close = new ButtonType(messages.get("ui.close.refused.close"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("ui.close.refused.text", refused), keep, close);
        alert.initOwner(stage);
        alert.setTitle(messages.get("ui.app.title"));
        alert.setHeaderText(messages.get("ui.close.refused.header"));
        Theme.dress(alert.getDialogPane(), root.getScene());
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(false);
        return alert.showAndWait().filter(close::equals).isPresent();
    }

    /** Closes as the window's close button does: pending changes are written first. */
    public void close() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }
}
