package org.msqoffline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msqoffline.i18n.Languages;
import org.msqoffline.store.DataFolders;

/**
 * The options of a plain desktop start ({@code --data-dir}, {@code --lang}, {@code --debug}, and the
 * one file a file manager passes when a package or delegation is double-clicked), read without building
 * the whole command tree: the window appears sooner. Anything else, or anything doubtful, goes through
 * the full command line, which also explains mistakes.
 */
public record DesktopLaunch(Path dataFolder, Optional<String> language, boolean debug, Optional<Path> file) {
    /** What the desktop opens when started with a file: packages and signed PDFs are verified, delegations imported. */
    private static final List<String> OPENED_FILES = List.of(".asice", ".msqd", ".pdf");

    public static Optional<DesktopLaunch> parse(String[] args) {
        Path dataDir = null;
        String language = null;
        boolean debug = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.equals("--data-dir") && i + 1 < args.length && dataDir == null) {
                dataDir = Path.of(args[++i]);
            } else if (arg.startsWith("--data-dir=") && dataDir == null) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--lang") && i + 1 < args.length && language == null) {
                language = args[++i];
            } else if (arg.startsWith("--lang=") && language == null) {
                language = arg.substring("--lang=".length());
            } else if (file == null && !arg.startsWith("-") && opensInDesktop(arg)) {
                file = Path.of(arg).toAbsolutePath();
            } else {
                return Optional.empty();
            }
        }
        if (language != null && !Languages.isSupported(language)) {
            return Optional.empty();
        }
        return Optional.of(new DesktopLaunch(DataFolders.resolve(dataDir),
                Optional.ofNullable(language).map(code -> code.toLowerCase(Locale.ROOT)), debug, Optional.ofNullable(file)));
    }

    private static boolean opensInDesktop(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        return OPENED_FILES.stream().anyMatch(name::endsWith);
    }

    /** Sets up logging for the desktop run (the command line does the same in its execution strategy). */
    public void configureLogging() {
        LogSetup.configure(dataFolder, debug);
    }
}
