package org.msqoffline.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.msqoffline.app.DesktopState;
import org.msqoffline.i18n.Languages;
import org.msqoffline.i18n.Messages;
import org.msqoffline.store.DataFolder;
import org.msqoffline.store.DamagedDatabaseException;
import org.msqoffline.store.Recovery;
import org.msqoffline.store.StoreException;
import org.msqoffline.ui.common.BackgroundTaskExecutor;
import org.msqoffline.ui.common.TaskExecutor;
import org.msqoffline.ui.common.Theme;
import org.msqoffline.ui.settings.LanguageChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application and the UI's composition root: opens the data folder for writing (holding its
 * lock for the app's life), wires the services and shows the main window.
 */
public final class DesktopApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static volatile Path dataFolder;
    private static volatile Optional<String> requestedLanguage = Optional.empty();

    private DataFolder data;
    private TaskExecutor tasks;

    /** Starts the app on a data folder; {@code language} is the {@code --lang} of this run, if given. */
    public static void start(Path folder, Optional<String> language) {
        dataFolder = folder;
        requestedLanguage = language;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        // Before the first scene: Arabic, Chinese and Cyrillic must not depend on the system's fonts.
        Theme.loadFonts();
        Messages messages = Messages.forLocale(Languages.choose(requestedLanguage, Optional.empty(), Locale.getDefault()));
        try {
            data = openOrRecover(messages);
        } catch (StoreException e) {
            // FolderInUse, DamagedDatabase, NewerDatabase are StoreExceptions too: their message is for people.
            LOG.error("Cannot open the data folder {}: {}", dataFolder, e.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.explain(e),
                    new ButtonType(messages.get("ui.common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.setTitle(messages.get("ui.app.title"));
            alert.setHeaderText(messages.get("ui.app.cannotOpen"));
            new Theme(messages.locale()).dress(alert.getDialogPane());
            alert.showAndWait();
            Platform.exit();
            return;
        }
        messages = Messages.forLocale(Languages.choose(requestedLanguage, savedOrAskedLanguage(messages), Locale.getDefault()));
        tasks = new BackgroundTaskExecutor();
        DesktopServices services = DesktopServices.of(data, tasks, messages);
        MainWindow window = new MainWindow(services, stage, Platform::exit);
        boolean nameUnknown = services.contributor().name().isEmpty();
        window.show(services.state().windowBounds(), services.state().lastPlace());
        Platform.runLater(() -> window.askNameIfUnknown(nameUnknown));
    }

    /**
     * Opens the data folder; if its file is damaged and a sound backup exists, offers to restore it
     * (the damaged file is kept aside, untouched). Declining, or having no backup, reports the damage.
     */
    private DataFolder openOrRecover(Messages messages) {
        try {
            return DataFolder.open(dataFolder, DataFolder.Access.WRITE);
        } catch (DamagedDatabaseException damaged) {
            LOG.error("Damaged data file in {}: {}", dataFolder, damaged.getMessage());
            Recovery recovery = new Recovery(dataFolder, Clock.systemUTC());
            Path backup = recovery.latestGoodBackup().orElseThrow(() -> damaged);
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                    .format(LocalDateTime.ofInstant(lastModified(backup), ZoneId.systemDefault()));
            ButtonType restore = new ButtonType(messages.get("ui.app.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType close = new ButtonType(messages.get("ui.common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("ui.app.damaged.text", messages.explain(damaged), when), restore, close);
            alert.setTitle(messages.get("ui.app.title"));
            alert.setHeaderText(messages.get("ui.app.damaged.header"));
            new Theme(messages.locale()).dress(alert.getDialogPane());
            if (alert.showAndWait().filter(restore::equals).isEmpty()) {
                throw damaged;
            }
            Recovery.Restored restored = recovery.restore(backup);
            LOG.info("Restored {}; the damaged file is kept at {}", restored.backup(), restored.damagedKeptAt());
            return DataFolder.open(dataFolder, DataFolder.Access.WRITE);
        }
    }

    private static java.time.Instant lastModified(Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toInstant();
        } catch (java.io.IOException e) {
            return java.time.Instant.EPOCH;
        }
    }

    /**
     * The language chosen in an earlier run; on the first run (none saved and no {@code --lang}) the official
     * is asked, the system's language proposed, and the answer kept.
     */
    private Optional<String> savedOrAskedLanguage(Messages systemMessages) {
        DesktopState state = new DesktopState(data);
        Optional<String> saved = state.language();
        if (saved.isPresent() || requestedLanguage.filter(Languages::isSupported).isPresent()) {
            return saved;
        }
        String proposed = systemMessages.language();
        Optional<String> chosen = new LanguageChooser(systemMessages, new Theme(systemMessages.locale()), proposed).showAndWait();
        String language = chosen.orElse(proposed);
        state.rememberLanguage(language);
        return Optional.of(language);
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (data != null) {
            data.close();
        }
    }
}
