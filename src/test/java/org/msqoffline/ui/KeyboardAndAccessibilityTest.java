package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.collaborate.ResponseActions;
import org.msqoffline.ui.common.Theme;
import org.msqoffline.ui.form.FormView;
import org.msqoffline.ui.form.SectionViewModel;
import org.msqoffline.ui.verify.VerifyView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard alone fills a section, opens the review and signs and exports a package; inputs speak to
 * assistive technology; Arabic mirrors.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndAccessibilityTest {
    private DesktopFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeFixture() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private FormView open(FxRobot robot, Messages messages) throws Exception {
        fixture = new DesktopFixture("contact", messages);
        robot.interact(() -> fixture.show(stage));
        return fixture.form();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static void mnemonic(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node focused(FxRobot robot) {
        return robot.targetWindow(robot.listTargetWindows().get(0)).lookup(".root").query().getScene().getFocusOwner();
    }

    /** A window shown over {@code main} (Monocle reports every window as focused, so focus cannot tell them apart). */
    private static Window otherWindow(FxRobot robot, Window main) {
        return robot.listTargetWindows().stream().filter(window -> window != main && window.isShowing()).findFirst().orElse(null);
    }

    private static Node focusedIn(Window window) {
        return window.getScene().getFocusOwner();
    }

    /** No two controls shown in the window share an Alt+letter (JavaFX would then only move the focus between them). */
    private static void assertMnemonicsDiffer(Window window) {
        List<String> letters = new ArrayList<>();
        collectMnemonics(window.getScene().getRoot(), letters);
        assertThat(letters).as("Alt+letters of the page").isNotEmpty().doesNotHaveDuplicates();
    }

    private static void collectMnemonics(Node node, List<String> letters) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null) {
            int underscore = labeled.getText().indexOf('_');
            if (underscore >= 0 && underscore + 1 < labeled.getText().length()) {
                letters.add(labeled.getText().substring(underscore + 1, underscore + 2).toUpperCase(Locale.ROOT));
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectMnemonics(child, letters));
        }
    }

    @Test
    void aWholeSectionIsFilledReviewedAndExportedWithTheKeyboardAlone(FxRobot robot) throws Exception {
        FormView form = open(robot, Messages.english());
        SectionViewModel contact = form.viewModel().sections().get(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> form.inputOf("contact-country").isFocused());
        assertThat(contact.progressTextProperty().get()).startsWith("0 of 6");

        // Questions 1 to 4 are texts, 5 an email, 6 a multiple choice: type, Tab, and Space on the first option.
        for (String text : new String[] {"Kenya", "Ann", "CIO", "ICT"}) {
            robot.write(text);
            robot.type(KeyCode.TAB);
        }
        robot.write("a@b.ke");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused(robot)).isInstanceOf(CheckBox.class);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(contact.completeProperty().get()).as(contact.progressTextProperty().get()).isTrue();
        assertThat(contact.progressTextProperty().get()).startsWith("6 of 6");

        shortcut(robot, KeyCode.R);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fixture.window.reviewView().isPresent());
        Label summary = robot.lookup(".review-summary").queryAs(Label.class);
        assertThat(summary.getText()).contains("required answers missing");
        // Nothing of the contact section is left to do in the review.
        assertThat(robot.lookup(".review-entry").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#review-go-contact-country").tryQuery()).isEmpty();
        assertThat(robot.lookup("#review-go-contact-email").tryQuery()).isEmpty();
        // The first "Go to" has the focus, so the keyboard can go on from the review.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focused(robot) != null && focused(robot).getId() != null
                && focused(robot).getId().startsWith("review-go-"));

        // Ctrl+E: the "Sign and export" wizard opens in its own window, which takes the keyboard.
        Window main = stage;
        shortcut(robot, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> otherWindow(robot, main) != null);
        Window wizard = otherWindow(robot, main);
        // Typed text goes to TestFX's target window; key presses go to the focused one, which is the wizard now.
        robot.targetWindow(wizard);
        CheckBox allowIncomplete = robot.from(wizard.getScene().getRoot()).lookup("#export-allow-incomplete").queryAs(CheckBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, allowIncomplete::isVisible);
        Button next = robot.from(wizard.getScene().getRoot()).lookup("#export-next").queryButton();
        assertThat(next.isDisabled()).as("the rest of the questionnaire is unanswered: the way on is closed").isTrue();

        // Summary: once loaded, the focus is on "Export as incomplete" (Alt+X goes there too); Space ticks it, Alt+N goes on.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedIn(wizard) == allowIncomplete);
        assertMnemonicsDiffer(wizard);
        mnemonic(robot, KeyCode.X);
        assertThat(focusedIn(wizard)).isSameAs(allowIncomplete);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(allowIncomplete.isSelected()).isTrue();
        assertThat(next.isDisabled()).isFalse();
        mnemonic(robot, KeyCode.N);

        // Identity: the focus is on the page, at the choice of a new identity; the name comes from the contributor,
        // the country from the response; e-mail (Alt+E) and organization (Alt+O) are typed.
        RadioButton create = robot.from(wizard.getScene().getRoot()).lookup("#export-create-identity").queryAs(RadioButton.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedIn(wizard) == create);
        assertThat(create.isSelected()).isTrue();
        assertMnemonicsDiffer(wizard);
        mnemonic(robot, KeyCode.E);
        assertThat(focusedIn(wizard).getId()).isEqualTo("export-email");
        robot.write("ann@ict.go.ke");
        mnemonic(robot, KeyCode.O);
        assertThat(focusedIn(wizard).getId()).isEqualTo("export-organization");
        robot.write("ICT Authority");
        mnemonic(robot, KeyCode.N);

        // Passphrase: the focus is in the first field; Tab to the second; Enter signs.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedIn(wizard) != null && "export-passphrase".equals(focusedIn(wizard).getId()));
        // The length asked for is said before a passphrase is refused for it.
        assertThat(robot.from(wizard.getScene().getRoot()).lookup(".hint").queryAllAs(Label.class))
                .anyMatch(label -> label.isVisible() && label.getText().endsWith("At least 8 characters."));
        assertMnemonicsDiffer(wizard);
        robot.write("kbd only 1");
        robot.type(KeyCode.TAB);
        assertThat(focusedIn(wizard).getId()).isEqualTo("export-passphrase-repeat");
        robot.write("kbd only 1");
        robot.type(KeyCode.ENTER);

        Label error = robot.from(wizard.getScene().getRoot()).lookup("#export-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.from(wizard.getScene().getRoot()).lookup("#export-package").tryQuery()
                .isPresent() || !error.getText().isEmpty());
        assertThat(error.getText()).isEmpty();
        TextField packageFile = robot.from(wizard.getScene().getRoot()).lookup("#export-package").queryAs(TextField.class);
        // The result page takes the focus, so the keyboard (and a screen reader) lands on what was written.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedIn(wizard) == packageFile);
        assertMnemonicsDiffer(wizard);
        Path written = Path.of(packageFile.getText());
        assertThat(written.getParent()).isEqualTo(fixture.services.documents());
        assertThat(written.getFileName().toString()).startsWith("KEN_msq-2024_").endsWith(".asice");
        assertThat(fixture.services.documents().resolve("signing-identity.p12")).isNotEmptyFile();
        VerificationReport report = fixture.services.exports().verify(written);
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signer()).startsWith("Test Official <ann@ict.go.ke>, ICT Authority, KE");
        assertThat(report.complete()).isFalse();
        // The result page says it went out incomplete, not only "signed and saved".
        Label incomplete = robot.from(wizard.getScene().getRoot()).lookup("#export-done-incomplete").queryAs(Label.class);
        assertThat(incomplete.isVisible()).isTrue();
        assertThat(incomplete.getText()).startsWith("Exported as incomplete: ").doesNotContain("{0}").doesNotStartWith("Exported as incomplete: 0 ");

        // Esc closes the wizard.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !wizard.isShowing());

        // Verified in its own window: the whole fingerprint shows (two lines of 16 bytes; one line was cut); Esc closes.
        robot.interact(() -> new ResponseActions(fixture.services, stage, info -> { }).verify(written));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verifyWindow().isPresent()
                && "VALID".equals(robot.from(verifyWindow().get().getScene().getRoot()).lookup("#verify-verdict").queryAs(Label.class).getText()));
        Window verify = verifyWindow().orElseThrow();
        TextArea fingerprint = robot.from(verify.getScene().getRoot()).lookup(".fingerprint").queryAs(TextArea.class);
        assertThat(fingerprint.getText().lines()).hasSize(2);
        assertThat(fingerprint.getText().replace("\n", "")).isEqualTo(report.fingerprint());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !verify.isShowing());
    }

    private static java.util.Optional<Window> verifyWindow() {
        return Window.getWindows().stream().filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof VerifyView)
                .findFirst();
    }

    @Test
    void inputsCarryTheirNumberTextRequiredStateAndError(FxRobot robot) throws Exception {
        FormView form = open(robot, Messages.english());
        Control country = form.inputOf("contact-country");
        assertThat(country.getAccessibleText()).startsWith("Question 1: ").endsWith("(required)");
        assertThat(country.getAccessibleHelp()).isNull();
        Control email = form.inputOf("contact-email");
        robot.interact(() -> {
            ((TextField) email).setText("not-an-address");
            email.requestFocus();
            country.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(email.getAccessibleHelp()).startsWith("Error: ").contains("not an email address");
        CheckBox firstOption = (CheckBox) form.inputOf(form.viewModel().sections().get(0).items().get(5).id());
        assertThat(firstOption.getAccessibleText()).startsWith(firstOption.getText() + ", Question 6: ").endsWith("(required)");
    }

    @Test
    void textSizeFollowsCtrlPlusMinusAndZeroAndIsRemembered(FxRobot robot) throws Exception {
        open(robot, Messages.english());
        Theme theme = fixture.services.theme();
        shortcut(robot, KeyCode.ADD);
        shortcut(robot, KeyCode.EQUALS);
        assertThat(theme.sizeProperty().get()).isEqualTo(12);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size");
        fixture.services.tasks().writesDone().get(5, TimeUnit.SECONDS);
        assertThat(fixture.services.state().textSize()).hasValue(12);
        shortcut(robot, KeyCode.MINUS);
        assertThat(theme.sizeProperty().get()).isEqualTo(11);
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(theme.sizeProperty().get()).isEqualTo(Theme.DEFAULT_SIZE);
    }

    @Test
    void atTheLargestTextTheTopBarButtonsShowTheirWholeNamesInANarrowWindow(FxRobot robot) throws Exception {
        open(robot, Messages.english());
        robot.interact(() -> {
            stage.setWidth(1024);
            fixture.services.theme().setSize(Theme.MAX_SIZE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());

        Node bar = stage.getScene().getRoot().lookup(".top-bar");
        List<Button> buttons = bar.lookupAll(".button").stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(Node::isVisible).toList();
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(7);
        for (Button button : buttons) {
            // Shortened, a button shows "Revi…": narrower than it asks to be.
            assertThat(button.getWidth()).as(button.getText()).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
            Bounds inWindow = button.localToScene(button.getLayoutBounds());
            assertThat(inWindow.getMaxX()).as(button.getText() + " inside the window").isLessThanOrEqualTo(stage.getScene().getWidth());
        }
    }

    @Test
    void theHighContrastThemeSwitchesTheStylesheet(FxRobot robot) throws Exception {
        open(robot, Messages.english());
        robot.interact(() -> fixture.services.theme().nameProperty().set(Theme.Name.HIGH_CONTRAST));
        assertThat(stage.getScene().getStylesheets()).containsExactly(Theme.STYLESHEET, Theme.HIGH_CONTRAST_STYLESHEET);
        fixture.services.tasks().writesDone().get(5, TimeUnit.SECONDS);
        assertThat(fixture.services.state().theme()).hasValue("high-contrast");
    }

    @Test
    void arabicLaysTheWindowOutRightToLeft(FxRobot robot) throws Exception {
        FormView form = open(robot, Messages.forLocale(Locale.forLanguageTag("ar")));
        assertThat(stage.getScene().getRoot().getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("lang-ar");
        assertThat(form.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // The navigator is on the right: its left edge is right of the questions' left edge.
        double navigatorX = form.getLeft().localToScene(form.getLeft().getBoundsInLocal()).getMinX();
        double questionsX = form.getCenter().localToScene(form.getCenter().getBoundsInLocal()).getMinX();
        assertThat(navigatorX).isGreaterThan(questionsX);
        assertThat(robot.lookup(".section-progress").queryAs(Label.class).getText()).contains("الإجابات المطلوبة");
        // An e-mail address still reads left to right ("shahin.aliyev@idda.az", not mirrored).
        TextField email = robot.lookup(".answer-email").queryAs(TextField.class);
        assertThat(email.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }
}
