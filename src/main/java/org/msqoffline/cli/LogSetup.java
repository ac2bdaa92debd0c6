package org.msqoffline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.msqoffline.store.OwnerOnly;

/**
 * Logging to {@code logs/msq-offline.log} in the data folder (rolled at 5 MB, three kept), and to
 * standard error with {@code --debug}. The app and its libraries log through SLF4J, which hands every line
 * to the JDK's own logging (slf4j-jdk14), as JavaFX does: one logging system, already in the runtime, and a
 * few hundred classes fewer to load at every start than a logging library of its own.
 */
public final class LogSetup {
    private static final long ROLL_AT_BYTES = 5L * 1024 * 1024;
    private static final int ROLLED_KEPT = 3;
    /**
     * PDFBox reports every font fallback at INFO. Held here because the JDK holds loggers weakly: a level set on
     * a logger nobody references would be forgotten.
     */
    private static final List<Logger> QUIETER = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private LogSetup() {
    }

    public static Path logFile(Path dataFolder) {
        return dataFolder.resolve("logs").resolve("msq-offline.log");
    }

    public static void configure(Path dataFolder, boolean debug) {
        // Drops the JDK's default handler, which would print every INFO line on standard error.
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(debug ? Level.FINE : Level.INFO);
        QUIETER.forEach(logger -> logger.setLevel(Level.WARNING));
        Path file = logFile(dataFolder);
        try {
            // Owner-only like the rest of the data folder, which this may be the first to create.
            OwnerOnly.createDirectories(file.getParent());
            root.addHandler(new RollingLogFile(file, ROLL_AT_BYTES, ROLLED_KEPT));
        } catch (IOException | RuntimeException e) {
            // No log file (read-only folder): the program still works; errors still reach the user.
        }
        if (debug) {
            Handler console = new ConsoleHandler();
            console.setLevel(Level.FINE);
            console.setFormatter(new LogLineFormat());
            root.addHandler(console);
        }
    }
}
