package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.collaborate.CarryForwardView;
import org.msqoffline.ui.collaborate.DelegateView;
import org.msqoffline.ui.collaborate.ResponseActions;
import org.msqoffline.ui.export.ExportWizardView;
import org.msqoffline.ui.settings.SettingsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A shortcut letter is marked with "_" in the messages; a label that does not read the mark showed it as is
 * ("_Delegated to", "_Edition:"), and two texts of one window marked with the same letter left the second unreachable.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutMarksTest {
    private DesktopFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeFixture() throws Exception {
        closeOtherWindows();
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void noShareWindowShowsARawShortcutMark(FxRobot robot) throws Exception {
        openShareWindows(robot, Messages.english());
        List<String> raw = new ArrayList<>();
        robot.interact(() -> Window.getWindows().forEach(window -> collectRawMarks(window.getScene().getRoot(), raw)));
        assertThat(raw).as("texts shown with their \"_\"").isEmpty();
    }

    /** Alt and a letter did the first of two ("_Carry forward" and "_Close" in one window), in every language. */
    @ParameterizedTest
    @FieldSource("org.msqoffline.i18n.Languages#CODES")
    void noTwoControlsOfAWindowShareAShortcutLetter(String language, FxRobot robot) throws Exception {
        openShareWindows(robot, Messages.forLocale(Locale.forLanguageTag(language)));
        List<String> clashes = new ArrayList<>();
        robot.interact(() -> clashes.addAll(ShortcutLetters.clashes()));
        assertThat(clashes).as("texts of one window marked with the same shortcut letter").isEmpty();
    }

    /** The main window's other screens and the windows they open: Review, Find, History, Responses, Welcome. */
    @ParameterizedTest
    @FieldSource("org.msqoffline.i18n.Languages#CODES")
    void noTwoControlsOfAMainScreenShareAShortcutLetter(String language, FxRobot robot) throws Exception {
        fixture = new DesktopFixture("a", Messages.forLocale(Locale.forLanguageTag(language)));
        robot.interact(() -> fixture.show(stage));
        fixture.form();
        Map<String, Runnable> screens = new LinkedHashMap<>();
        screens.put("review", fixture.window::showReview);
        screens.put("search", fixture.window::showSearch);
        screens.put("history", fixture.window::showHistory);
        // These two close the response, so they come last.
        screens.put("responses", fixture.window::showResponses);
        screens.put("welcome", fixture.window::showWelcome);
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, Runnable> screen : screens.entrySet()) {
            robot.interact(screen.getValue());
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);   // a screen's list is read off the FX thread
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> ShortcutLetters.clashes().forEach(clash -> clashes.add(screen.getKey() + ": " + clash)));
        }
        assertThat(clashes).as("texts of one screen marked with the same shortcut letter").isEmpty();
    }

    private void openShareWindows(FxRobot robot, Messages messages) throws Exception {
        fixture = new DesktopFixture("a", messages);
        robot.interact(() -> fixture.show(stage));
        fixture.form();
        ResponseActions actions = new ResponseActions(fixture.services, stage, info -> { });
        robot.interact(() -> {
            actions.delegate(fixture.response);
            actions.carryForward(fixture.response);
            actions.verify();
            actions.signAndExport(fixture.response);
            SettingsView settings = new SettingsView(messages, fixture.services.theme(), "en", "Tester", stage.getScene());
            settings.initOwner(stage);
            settings.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windowWith(DelegateView.class) && windowWith(CarryForwardView.class)
                && windowWith(ExportWizardView.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean windowWith(Class<? extends Node> view) {
        return Window.getWindows().stream().anyMatch(window -> window.getScene() != null
                && !window.getScene().getRoot().lookupAll("*").stream().filter(view::isInstance).toList().isEmpty());
    }

    private static void collectRawMarks(Node node, List<String> raw) {
        if (node instanceof Labeled labeled && !labeled.isMnemonicParsing() && labeled.getText() != null
                && labeled.getText().matches("(?s).*_\\p{L}.*")) {
            raw.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectRawMarks(child, raw));
        }
    }

    private void closeOtherWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream().filter(window -> window != stage)
                .filter(Stage.class::isInstance).map(Stage.class::cast).forEach(Stage::close)).get(10, TimeUnit.SECONDS);
    }
}
