package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.Theme;
import org.msqoffline.ui.form.FormView;
import org.msqoffline.ui.form.SectionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard alone fills a section and opens the review; inputs speak to assistive technology; Arabic mirrors. */
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
            fixture.services.tasks().writesDone().get(5, TimeUnit.SECONDS);
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

    private static Node focused(FxRobot robot) {
        return robot.targetWindow(robot.listTargetWindows().get(0)).lookup(".root").query().getScene().getFocusOwner();
    }

    @Test
    void aWholeSectionIsFilledAndReviewedWithTheKeyboardAlone(FxRobot robot) throws Exception {
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
        // The desktop "Sign and export" wizard does not exist yet: the keyboard path ends at the review.
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
    }
}
