package org.msqoffline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import org.msqoffline.ui.DesktopServices;
import org.msqoffline.ui.common.BackgroundTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard in a real (headless) window: an incomplete response, a new identity, and the fingerprint shown at the end. */
@ExtendWith(ApplicationExtension.class)
class ExportWizardTest {
    private Stage stage;
    private DataFolder data;
    private DesktopServices services;
    private Stage wizard;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // A stage shown without a scene never finishes its first paint under Monocle.
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (wizard != null) {
            robot.interact(wizard::close);
        }
        if (services != null) {
            services.tasks().writesDone().get(10, TimeUnit.SECONDS);
            services.tasks().shutdown();
            data.close();
        }
    }

    @Test
    void aNewIdentitySignsTheExportAndItsFingerprintIsShown(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("msq-wizard-data");
        Path out = Files.createTempDirectory("msq-wizard-out");
        data = DataFolder.open(folder, DataFolder.Access.WRITE);
        services = DesktopServices.of(data, new BackgroundTaskExecutor(), Messages.english());
        ResponseInfo sample = services.responses().importSample("Test Official");
        ExportWizardViewModel viewModel = new ExportWizardViewModel(services.exports(), services.responses(), sample, services.tasks(),
                services.messages(), services.clock(), out);
        robot.interact(() -> wizard = ExportWizardView.open(stage, viewModel));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#export-next").queryButton().isDisabled()).as("incomplete: the way on is closed").isTrue();
        robot.clickOn("#export-allow-incomplete");
        robot.clickOn("#export-next");

        Path p12 = out.resolve("official.p12");
        robot.interact(() -> {
            robot.lookup("#export-name").queryAs(TextField.class).setText("Leyla Mammadova");
            robot.lookup("#export-email").queryAs(TextField.class).setText("leyla@example.az");
            robot.lookup("#export-organization").queryAs(TextField.class).setText("Ministry of Digital Development");
            viewModel.newIdentityFileProperty().set(p12);
        });
        robot.clickOn("#export-next");
        PasswordField passphrase = robot.lookup("#export-passphrase").queryAs(PasswordField.class);
        robot.interact(() -> {
            passphrase.setText("a long passphrase");
            robot.lookup("#export-passphrase-repeat").queryAs(PasswordField.class).setText("a long passphrase");
        });
        robot.clickOn("#export-sign");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.stepProperty().get() == ExportWizardViewModel.Step.RESULT
                || !viewModel.errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        TextArea fingerprint = robot.lookup("#export-fingerprint").queryAs(TextArea.class);
        assertThat(fingerprint.isVisible()).isTrue();
        assertThat(fingerprint.isEditable()).as("selectable, not editable").isFalse();
        String expected = SigningIdentity.open(p12, "a long passphrase".toCharArray()).fingerprint();
        assertThat(fingerprint.getText().replace("\n", "")).isEqualTo(expected).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(robot.lookup("#export-package").queryAs(TextField.class).getText()).endsWith(".asice");
        assertThat(passphrase.getText()).as("the field was cleared").isEmpty();
    }
}
