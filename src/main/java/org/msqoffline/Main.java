package org.msqoffline;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.msqoffline.cli.CommandLineRunner;
import org.msqoffline.cli.DesktopLaunch;
import org.msqoffline.ui.DesktopApp;

/**
 * The composition root: with no command, the desktop app; otherwise the command line.
 * Not a JavaFX Application itself, so the jar starts with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<DesktopLaunch> desktop = DesktopLaunch.parse(args);
        if (desktop.isPresent()) {
            DesktopLaunch launch = desktop.get();
            DesktopApp.start(launch.dataFolder(), launch.language(), launch.file(), launch::configureLogging);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = CommandLineRunner.run(args, root -> DesktopApp.start(root.dataFolder(), root.language(), Optional.empty(), () -> { }), out, err);
        System.exit(code);
    }
}
