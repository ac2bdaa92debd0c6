package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.store.FullDatabase;
import org.msqoffline.ui.form.FormViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window while answers refused by a full disk exist only on screen: the official is asked first. */
@ExtendWith(ApplicationExtension.class)
class CloseWithRefusedAnswersTest {
    private Stage stage;
    private DesktopFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeFixture() throws Exception {
        if (fixture != null) {
            FullDatabase.thaw(fixture.data);
            fixture.close();
        }
    }

    @Test
    void closingKeepsTheWindowUntilTheOfficialChoosesToLoseTheRefusedAnswers(FxRobot robot) throws Exception {
        fixture = new DesktopFixture("A");
        robot.interact(() -> fixture.show(stage));
        FormViewModel form = fixture.form().viewModel();
        FullDatabase.freeze(fixture.data);
        String answer = "The national portal, described at length. ".repeat(300);
        robot.interact(() -> {
            form.item("a-portal-national").orElseThrow().setText(answer);
            form.item("a-portal-national").orElseThrow().left();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.refusedAnswers() == 1);

        robot.interact(fixture.window::close);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> warning().isPresent());
        robot.interact(() -> button("ui.close.refused.keep").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("kept open: the answer is still on screen").isTrue();

        // Room again: the next change saves the refused answer too, and the window closes without asking.
        FullDatabase.thaw(fixture.data);
        robot.interact(() -> {
            form.item("a-portal-eservices").orElseThrow().setText("https://e-services.example");
            form.item("a-portal-eservices").orElseThrow().left();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.refusedAnswers() == 0);
        assertThat(fixture.services.responses().answer(fixture.response, "a-portal-national")).contains(new AnswerValue.Text(answer));
        robot.interact(fixture.window::close);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(warning()).isEmpty();
    }

    private static java.util.Optional<DialogPane> warning() {
        return List.copyOf(Window.getWindows()).stream().filter(Window::isShowing)
                .map(window -> window.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .filter(pane -> pane.getHeaderText() != null && pane.getHeaderText().equals(english("ui.close.refused.header")))
                .findFirst();
    }

    private static Button button(String key) {
        DialogPane pane = warning().orElseThrow();
        return pane.getButtonTypes().stream().filter(type -> type.getText().equals(english(key)))
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
    }

    private static String english(String key) {
        return org.msqoffline.i18n.Messages.english().get(key);
    }
}
