package org.msqoffline.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.msqoffline.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a file or folder with the program the system uses for it. Without a desktop (headless, or no
 * handler) it says so through {@code onFailure} rather than failing silently.
 */
public final class DocumentOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentOpener.class);

    private DocumentOpener() {
    }

    /** Opens {@code file} on a daemon thread (desktop handlers may block); {@code onFailure} gets the reason. */
    public static void open(Path file, Messages messages, Consumer<String> onFailure) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            onFailure.accept(messages.get("ui.export.noOpener", file.toAbsolutePath()));
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(file.toFile());
            } catch (IOException | RuntimeException e) {
                // The desktop's own words ("Failed to show URI:file:...") are for the log; the official gets where the file is.
                LOG.warn("Cannot open {}: {}", file, e.getMessage());
                javafx.application.Platform.runLater(() -> onFailure.accept(messages.get("ui.export.noOpener", file.toAbsolutePath())));
            }
        }, "msq-open-document");
        opener.setDaemon(true);
        opener.start();
    }
}
