package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.response.ResponseInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file double-clicked in the file manager starts the app with it: what the official then sees. */
@ExtendWith(ApplicationExtension.class)
class OpenFileAtStartTest {
    private Stage stage;
    private DesktopFixture fixture;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeFixture() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage) {
                WaitForAsyncUtils.asyncFx(window::hide).get(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aDelegationIsImportedAndOpenedInTheForm(FxRobot robot) throws Exception {
        fixture = new DesktopFixture("A");
        ResponseInfo coordinator = fixture.response;
        byte[] delegation = fixture.services.delegations().delegate(coordinator, List.of(), List.of("A"), "Ministry of ICT",
                "Test Official").file();
        Path file = Files.write(folder.resolve("KEN-delegation.msqd"), delegation);

        robot.interact(() -> fixture.show(stage, Optional.of(file)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.services.responses().list().size() == 2);
        ResponseInfo received = fixture.services.responses().list().stream()
                .filter(info -> !info.id().equals(coordinator.id())).findFirst().orElseThrow();
        assertThat(fixture.services.responses().receivedDelegation(received)).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.window.formView()
                .filter(form -> form.viewModel().response().id().equals(received.id())).isPresent());
    }

    @Test
    void aPackageIsVerifiedAndItsVerdictShown(FxRobot robot) throws Exception {
        fixture = new DesktopFixture("A");
        Path damaged = Files.writeString(folder.resolve("KEN_msq-2024.asice"), "not a package at all");

        robot.interact(() -> fixture.show(stage, Optional.of(damaged)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#verify-verdict").tryQuery().isPresent()
                && robot.lookup("#verify-verdict").queryAs(Label.class).getText().equals("INVALID"));
        assertThat(fixture.services.responses().list()).hasSize(1);
    }
}
