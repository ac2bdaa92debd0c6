package org.msqoffline.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.msqoffline.app.DesktopState;
import org.msqoffline.i18n.Languages;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.UnMemberStates;
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
    private static volatile Path dataFolder;
    private static volatile Optional<String> requestedLanguage = Optional.empty();
    private static volatile CompletableFuture<DataFolder> opening;
    private static volatile Optional<Path> startFile = Optional.empty();

    private DataFolder data;
    private TaskExecutor tasks;

    /**
     * Starts the app on a data folder; {@code language} is the {@code --lang} of this run, if given, and
     * {@code file} a package or delegation to open (from the file manager). {@code beforeOpening} (the
     * logging set-up, say) runs first on the thread that opens the data folder.
     */
    public static void start(Path folder, Optional<String> language, Optional<Path> file, Runnable beforeOpening) {
        dataFolder = folder;
        requestedLanguage = language;
        startFile = file;
        // The data folder (lock, SQLite, checks, daily backup) needs no window: it is opened while the
        // toolkit starts, on the second core, instead of after it.
        opening = CompletableFuture.supplyAsync(() -> {
            beforeOpening.run();
            return DataFolder.open(folder, DataFolder.Access.WRITE);
        }, runnable -> startThread("msq-open-data", runnable));
        // Then, still while the toolkit starts, what the welcome page would otherwise read on the FX thread before
        // the window shows: the list of countries, and with it the JSON reader (~50 ms on a first start).
        opening.thenRunAsync(UnMemberStates::all, runnable -> startThread("msq-warm-up", runnable));
        Application.launch(DesktopApp.class);
    }

    /** Not a constant: that would set logging up on the main thread, before the toolkit could start. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }

    private static void startThread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start(Stage stage) {
        // Arabic, Chinese and Cyrillic must not depend on the system's fonts: the bundled ones are read
        // while the window is being built; Theme.loadFonts() waits for them before the first scene shows.
        startThread("msq-load-fonts", Theme::loadFonts);
        Messages messages = Messages.forLocale(Languages.choose(requestedLanguage, Optional.empty(), Locale.getDefault()));
        try {
            data = openOrRecover(messages);
        } catch (StoreException e) {
            // FolderInUse, DamagedDatabase, NewerDatabase are StoreExceptions too: their message is for people.
            log().error("Cannot open the data folder {}: {}", dataFolder, e.getMessage());
            Theme.loadFonts();
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
        Theme.loadFonts();
        window.show(services.state().windowBounds(), services.state().lastPlace(), startFile);
        Platform.runLater(() -> window.askNameIfUnknown(nameUnknown));
    }

    /**
     * Opens the data folder; if its file is damaged and a sound backup exists, offers to restore it
     * (the damaged file is kept aside, untouched). Declining, or having no backup, reports the damage.
     */
    private DataFolder openOrRecover(Messages messages) {
        try {
            return opened();
        } catch (DamagedDatabaseException damaged) {
            log().error("Damaged data file in {}: {}", dataFolder, damaged.getMessage());
            Theme.loadFonts();
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
            log().info("Restored {}; the damaged file is kept at {}", restored.backup(), restored.damagedKeptAt());
            return DataFolder.open(dataFolder, DataFolder.Access.WRITE);
        }
    }

    /** The data folder opened by {@link #start(Path, Optional, Optional, Runnable)}, or what stopped it, as thrown. */
    private static DataFolder opened() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
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
        Theme.loadFonts();   // each language is named in its own script
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
