package org.msqoffline.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.Country;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing the country of a new response with the keyboard alone: type, then Enter (it once did nothing). */
@ExtendWith(ApplicationExtension.class)
class CountryPickerTest {
    private final List<String> chosen = new ArrayList<>();
    private CountryPicker picker;

    @Start
    void start(Stage stage) {
        picker = new CountryPicker(Messages.english());
        picker.setOnChosen(() -> chosen.add(picker.selectedProperty().get().iso3()));
        stage.setScene(new Scene(picker, 400, 320));
        stage.show();
    }

    @Test
    void enterInTheFilterChoosesTheCountryFound(FxRobot robot) {
        robot.clickOn("#country-filter").write("kenya").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen).containsExactly("KEN");
    }

    @Test
    void enterInTheListChoosesTheCountrySelectedThere(FxRobot robot) {
        robot.clickOn("#country-filter").write("an").type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Country> list = robot.lookup("#country-list").queryListView();
        assertThat(list.getItems().size()).isGreaterThan(2);
        assertThat(chosen).containsExactly(list.getItems().get(1).iso3());
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndEnterChoosesNothing(FxRobot robot) {
        robot.clickOn("#country-filter").write("zzzz").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#country-list").queryListView();
        assertThat(list.getItems()).isEmpty();
        assertThat(((Label) list.getPlaceholder()).getText()).isEqualTo("No Member State has that name or code");
        assertThat(chosen).isEmpty();
    }
}
