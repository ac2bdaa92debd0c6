package org.msqoffline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in this JVM as a script would: on a data folder, in English, capturing both streams. */
public final class CommandLineHarness {
    /** One run: its exit code and what it printed. */
    public record Run(int code, String out, String err) {
        public List<String> lines() {
            return out.lines().toList();
        }
    }

    private CommandLineHarness() {
    }

    /** {@code msq-offline --data-dir FOLDER [--lang en] ARGS...}; the desktop app must not start. */
    public static Run run(Path dataFolder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataFolder.toString()));
        if (!List.of(args).contains("--lang")) {
            all.addAll(List.of("--lang", "en"));
        }
        all.addAll(List.of(args));
        int code = CommandLineRunner.run(all.toArray(String[]::new), root -> {
            throw new AssertionError("the desktop app must not start");
        }, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
