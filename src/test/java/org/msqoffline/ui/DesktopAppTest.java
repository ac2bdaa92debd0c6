package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.app.DesktopState;
import org.msqoffline.app.Responses;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.form.FormView;
import org.msqoffline.ui.form.ItemViewModel;
import org.msqoffline.ui.form.SectionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/** The desktop app in a real (headless) window: the paths an official takes. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {
    private DesktopFixture contact;
    private DesktopFixture sectionA;
    private DesktopFixture sectionB;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeFixtures() throws Exception {
        for (DesktopFixture fixture : new DesktopFixture[] {contact, sectionA, sectionB}) {
            if (fixture != null) {
                fixture.close();
            }
        }
    }

    private DesktopFixture open(FxRobot robot, String sectionId) throws Exception {
        DesktopFixture fixture = new DesktopFixture(sectionId);
        robot.interact(() -> fixture.show(stage));
        fixture.form();
        return fixture;
    }

    private static Label progressLabel(FxRobot robot) {
        return robot.lookup(".overall-progress-text").queryAs(Label.class);
    }

    @Test
    void answeringARequiredItemUpdatesProgress(FxRobot robot) throws Exception {
        contact = open(robot, "contact");
        FormView form = contact.form();
        SectionViewModel section = form.viewModel().sections().get(0);
        String before = progressLabel(robot).getText();
        assertThat(section.progressTextProperty().get()).startsWith("0 of 6");

        TextField country = (TextField) form.inputOf("contact-country");
        robot.interact(() -> country.setText("Kenya"));

        assertThat(section.progressTextProperty().get()).startsWith("1 of 6");
        assertThat(progressLabel(robot).getText()).isNotEqualTo(before).startsWith("1 of ");
        // Autosave: in the database within half a second or so, while the field still has the focus.
        WaitForAsyncUtils.waitFor(1500, TimeUnit.MILLISECONDS, () -> contact.services.responses()
                .answer(contact.response, "contact-country").isPresent());
    }

    @Test
    void theNameAskedAtTheFirstStartIsCorrectedInTheSettings(FxRobot robot) throws Exception {
        contact = open(robot, "contact");
        robot.clickOn("#settings");
        TextField name = robot.lookup("#settings-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Test Official");
        robot.interact(() -> name.setText("  Test Officer  "));
        robot.clickOn(robot.lookup(".button").match((Button button) -> "Save".equals(button.getText().replace("_", ""))).queryButton());
        contact.services.tasks().writesDone().get(5, TimeUnit.SECONDS);
        assertThat(contact.services.contributor().name()).contains("Test Officer");
    }

    @Test
    void aResponseReopenedWithAProblemMarkIsStyledWithoutCssWarnings(FxRobot robot) throws Exception {
        // The first problem mark (a ControlsFX decoration) once wrapped the window's root in the middle of a layout,
        // and JavaFX styled the whole form without its colours: ~95 warnings in the log at such a start.
        contact = new DesktopFixture("contact");
        Responses responses = contact.services.responses();
        responses.setAnswer(contact.response, responses.item(contact.response, "contact-email"), new AnswerValue.Text("not-an-email"), "Test");
        contact.services.state().rememberPlace(new DesktopState.Place(contact.response.id(), "contact", "contact-email"));
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger css = Logger.getLogger("javafx.css");
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                warnings.add(logRecord.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        css.addHandler(collect);
        try {
            robot.interact(() -> contact.show(stage));
            FormView form = contact.form();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(Decorator.getDecorations(form.inputOf("contact-email"))).as("the problem mark").isNotEmpty();
        } finally {
            css.removeHandler(collect);
        }
        assertThat(warnings).as("CSS warnings").isEmpty();
    }

    @Test
    void theWelcomePageStartsInTheCountryFieldSoTypingFindsACountry(FxRobot robot) throws Exception {
        contact = open(robot, "contact");
        robot.interact(() -> contact.window.showWelcome());
        WaitForAsyncUtils.waitForFxEvents();

        TextField filter = robot.lookup("#country-filter").queryAs(TextField.class);
        assertThat(stage.getScene().getFocusOwner()).as("the focus owner").isSameAs(filter);
        robot.write("aze");
        assertThat(robot.lookup("#country-list").queryListView().getItems()).singleElement().asString().contains("AZE");
    }

    @Test
    void theTopBarMarksTheButtonOfTheScreenShown(FxRobot robot) throws Exception {
        contact = open(robot, "contact");
        assertThat(currentButtons(robot)).containsExactly("Questions");
        robot.interact(() -> contact.window.showReview());
        assertThat(currentButtons(robot)).containsExactly("Review");
        robot.interact(() -> contact.window.showResponses());
        assertThat(currentButtons(robot)).containsExactly("Responses");
    }

    private static List<String> currentButtons(FxRobot robot) {
        return robot.lookup(".top-bar .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getPseudoClassStates().stream().anyMatch(state -> "current".equals(state.getPseudoClassName())))
                .map(button -> button.getText().replace("_", "")).toList();
    }

    @Test
    void yesShowsTheFollowUpAndNoHidesIt(FxRobot robot) throws Exception {
        sectionA = open(robot, "a");
        FormView form = sectionA.form();
        robot.interact(() -> form.focusItem("a-cio-exists"));
        Node followUp = form.inputOf("a-cio-name");
        assertThat(followUp.isVisible() && followUp.getParent().isVisible()).isFalse();

        RadioButton yes = (RadioButton) form.inputOf("a-cio-exists");
        robot.clickOn(yes);
        assertThat(yes.isSelected()).isTrue();
        assertThat(followUp.getParent().isVisible()).isTrue();

        RadioButton no = (RadioButton) ((javafx.scene.layout.VBox) yes.getParent()).getChildren().get(1);
        robot.clickOn(no);
        assertThat(followUp.getParent().isVisible()).isFalse();
    }

    @Test
    void typedTextIsStillThereAfterClosingAndReopening(FxRobot robot) throws Exception {
        contact = open(robot, "contact");
        FormView form = contact.form();
        TextField name = (TextField) form.inputOf("contact-name");
        robot.clickOn(name).write("Amina");
        robot.interact(() -> contact.window.close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(contact.services.responses().answer(contact.response, "contact-name")).contains(new AnswerValue.Text("Amina"));

        robot.interact(() -> contact.show(stage));
        FormView reopened = contact.form();
        assertThat(((TextField) reopened.inputOf("contact-name")).getText()).isEqualTo("Amina");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reopened.inputOf("contact-name").isFocused());
    }

    @Test
    void theReviewListsAMissingItemAndJumpingFocusesItsInput(FxRobot robot) throws Exception {
        contact = open(robot, "contact");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".review-summary").queryAs(Label.class).getText())
                .containsPattern("^\\d+ required answers missing, no answer to correct");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#review-go-contact-country").query().isFocused());

        robot.clickOn("#review-go-contact-email");
        WaitForAsyncUtils.waitForFxEvents();
        FormView form = contact.form();
        assertThat(form.inputOf("contact-email").isFocused()).isTrue();
        assertThat(Decorator.getDecorations(form.inputOf("contact-email"))).as("ControlsFX decoration").isNotEmpty();
        assertThat(form.inputOf("contact-email").getStyleClass()).as("marked, by a style class: no cross over the field").contains("error");
        assertThat(robot.lookup(".item-problem").queryAllAs(Label.class)).anyMatch(label -> label.isVisible()
                && "an answer is required".equals(label.getText()));
        assertThat(cardOf(form.inputOf("contact-email")).getPseudoClassStates()).as("the card's red edge")
                .contains(PseudoClass.getPseudoClass("problem"));

        // A section first shown after the review marks its missing answers as well (its cards had no red edge).
        String elsewhere = form.viewModel().sections().stream().filter(section -> !section.id().equals("contact"))
                .flatMap(section -> section.items().stream()).filter(item -> item.visibleProblemProperty().get() != null)
                .findFirst().orElseThrow().id();
        robot.interact(() -> form.focusItem(elsewhere));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardOf(form.inputOf(elsewhere)).getPseudoClassStates()).contains(PseudoClass.getPseudoClass("problem"));
        assertThat(form.inputOf(elsewhere).getStyleClass()).contains("error");
    }

    @Test
    void aCarriedAnswerSaysWhichEditionItCameFromUntilConfirmed(FxRobot robot) throws Exception {
        contact = new DesktopFixture("contact");
        Responses responses = contact.services.responses();
        ObjectNode next = (ObjectNode) Json.read(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024));
        next.put("edition", "2026");
        String edition2026 = responses.definitions().importDefinition(Json.pretty(next)).reference();
        ResponseInfo carried = responses.carryForward(responses.importSample("Test Official"), edition2026, "Test Official").response();
        contact.services.state().rememberPlace(new DesktopState.Place(carried.id(), "contact", null));
        robot.interact(() -> contact.show(stage));
        FormView form = contact.form();

        String notCarried = form.viewModel().currentSection().items().stream()
                .filter(item -> item.carriedFromProperty().get() == null).findFirst().orElseThrow().id();
        Node name = cardOf(form.inputOf("contact-name"));
        Label note = (Label) name.lookup(".carried-note");
        assertThat(note.getText()).contains("2024");
        assertThat(note.getParent().isVisible()).isTrue();
        robot.clickOn((Button) name.lookup(".confirm-carried"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getParent().isVisible()).as("confirmed: the note goes").isFalse();
        assertThat(responses.carriedFrom(carried)).doesNotContainKey("contact-name");
        assertThat(cardOf(form.inputOf(notCarried)).lookup(".carried-note")).as("nothing carried, no note built").isNull();
    }

    private static Node cardOf(Node input) {
        Node card = input;
        while (!card.getStyleClass().contains("item-card")) {
            card = card.getParent();
        }
        return card;
    }

    @Test
    void aSectionOpensWithItsTitleInViewAndAQuestionJumpedToComesNearTheTop(FxRobot robot) throws Exception {
        sectionA = open(robot, "a");
        FormView form = sectionA.form();
        ScrollPane scroll = (ScrollPane) form.getCenter();
        assertThat(form.inputOf("a-portal-national").isFocused()).as("the first question focused").isTrue();
        assertThat(scroll.getVvalue()).as("the page at its top: the section's title and progress in view").isZero();

        List<ItemViewModel> shown = form.viewModel().currentSection().items().stream().filter(i -> i.shownProperty().get()).toList();
        String far = shown.get(shown.size() / 2).id();
        robot.interact(() -> form.focusItem(far));
        WaitForAsyncUtils.waitForFxEvents();
        Node card = cardOf(form.inputOf(far));
        double viewportTop = scroll.lookup(".viewport").localToScene(0, 0).getY();
        double cardTop = card.localToScene(card.getBoundsInLocal()).getMinY();
        assertThat(cardTop - viewportTop).as("the question jumped to, near the top of the view").isBetween(0.0, 48.0);
    }

    @Test
    void aWholeSectionIsAnsweredWithTheKeyboardAlone(FxRobot robot) throws Exception {
        sectionB = open(robot, "b");
        FormView form = sectionB.form();
        SectionViewModel b = form.viewModel().sections().get(2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> form.inputOf("b-crisis-strategy").isFocused());

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.inputOf("b-crisis-strategy-details").isFocused()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        assertThat(form.inputOf("b-crisis-strategy-details").isFocused()).isTrue();
        robot.write("Plan");
        robot.type(KeyCode.TAB);
        assertThat(((TextArea) form.inputOf("b-crisis-strategy-details")).getText()).isEqualTo("Plan");
        assertThat(form.inputOf("b-crisis-portal").isFocused()).as("Tab leaves the text area for the next question").isTrue();
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        robot.write("Web");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(b.completeProperty().get()).isTrue();
        assertThat(b.progressTextProperty().get()).isEqualTo("4 of 4 required answered");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(form.viewModel().sectionIndexProperty().get()).isEqualTo(3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sectionB.services.responses()
                .answer(sectionB.response, "b-crisis-portal-details").isPresent());
    }

    /** A long section (the MSQ's D, 41 questions): a screenful at once, then every question in order, each time shown. */
    @Test
    void aLongSectionShowsItsFirstQuestionsAtOnceThenAllInOrderEveryTime(FxRobot robot) throws Exception {
        contact = open(robot, "contact");
        FormView form = contact.form();
        int d = sectionIndex(form, "d");
        SectionViewModel section = form.viewModel().sections().get(d);
        assertThat(section.items()).hasSizeGreaterThan(30);

        for (int showing = 1; showing <= 2; showing++) {
            int[] atOnce = new int[1];
            robot.interact(() -> {
                form.viewModel().selectSection(d);
                atOnce[0] = cardsShown(form).size();
            });
            assertThat(atOnce[0]).as("questions there at once, showing %d", showing).isBetween(8, section.items().size() - 1);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cardsShown(form).size() == section.items().size());
            assertThat(cardsShown(form)).as("every question, in order, showing %d", showing)
                    .containsExactlyElementsOf(onFx(() -> cardsOf(form, section)));
            robot.interact(() -> form.viewModel().selectSection(d - 1));
        }

        List<ItemViewModel> shown = section.items().stream().filter(item -> item.shownProperty().get()).toList();
        ItemViewModel last = shown.get(shown.size() - 1);
        robot.interact(() -> {
            form.focusItem(last.id());
            assertThat(form.inputOf(last.id()).getScene()).as("a question jumped to is in the page at once").isNotNull();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> form.inputOf(last.id()).isFocused());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cardsShown(form).size() == section.items().size());
        assertThat(cardsShown(form)).containsExactlyElementsOf(onFx(() -> cardsOf(form, section)));
    }

    /** Asks the form on the FX thread: a question's input may still be built on the way (a hidden follow-up). */
    private static <T> T onFx(java.util.concurrent.Callable<T> question) throws Exception {
        return WaitForAsyncUtils.asyncFx(question).get(5, TimeUnit.SECONDS);
    }

    private static int sectionIndex(FormView form, String id) {
        for (int i = 0; i < form.viewModel().sections().size(); i++) {
            if (form.viewModel().sections().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no section " + id);
    }

    /** The question cards in the page shown, in their order on the page. */
    private static List<Node> cardsShown(FormView form) {
        Parent page = (Parent) ((ScrollPane) form.getCenter()).getContent();
        return page.getChildrenUnmodifiable().stream().filter(node -> node.getStyleClass().contains("item-card")).toList();
    }

    /** The card of each question of a section, in the section's order (the card holds the question's input). */
    private static List<Node> cardsOf(FormView form, SectionViewModel section) {
        List<Node> cards = new ArrayList<>();
        for (ItemViewModel item : section.items()) {
            Node node = form.inputOf(item.id());
            while (node != null && !node.getStyleClass().contains("item-card")) {
                node = node.getParent();
            }
            cards.add(node);
        }
        return cards;
    }
}
