package org.msqoffline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.msqoffline.app.DesktopState;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import org.msqoffline.ui.common.BackgroundTaskExecutor;
import org.msqoffline.ui.form.FormView;
import org.testfx.util.WaitForAsyncUtils;

/** A real window over a real temporary data folder, opened on a new response at a given section. */
final class DesktopFixture {
    final Path folder;
    final DataFolder data;
    final DesktopServices services;
    final ResponseInfo response;
    MainWindow window;

    DesktopFixture(String sectionId) throws Exception {
        this(sectionId, Messages.english());
    }

    DesktopFixture(String sectionId, Messages messages) throws Exception {
        folder = Files.createTempDirectory("msq-ui-test");
        data = DataFolder.open(folder, DataFolder.Access.WRITE);
        // Packages and identities made in a test go to a folder of the test, never to the user's Documents.
        services = DesktopServices.of(data, new BackgroundTaskExecutor(), messages, Files.createDirectories(folder.resolve("documents")));
        services.contributor().setName("Test Official");
        response = services.responses().create("KEN", null);
        services.state().rememberPlace(new DesktopState.Place(response.id(), sectionId, null));
    }

    void show(Stage stage) {
        show(stage, Optional.empty());
    }

    /** As a start with a file given (a double-click in the file manager). */
    void show(Stage stage, Optional<Path> file) {
        window = new MainWindow(services, stage, () -> { });
        window.show(Optional.of(new DesktopState.WindowBounds(0, 0, 1200, 760, false)), services.state().lastPlace(), file);
    }

    FormView form() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.formView().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return window.formView().orElseThrow();
    }

    /** Waits for the writes still under way (a test's last answer), then lets the data folder go. */
    void close() throws Exception {
        services.tasks().writesDone().get(5, TimeUnit.SECONDS);
        services.tasks().shutdown();
        data.close();
    }
}
