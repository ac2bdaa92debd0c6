package org.msqoffline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.msqoffline.cli.CommandLineRunner;

/**
 * Not for users: the main class of the installers' class-data sharing training run (installer/linux/make-appcds.sh).
 * The launcher names one archive for every start, and JDK 17 writes one archive per process; so the training
 * process runs the command line's {@code demo} (import, sign, export, verify) in a throwaway folder and then
 * starts the desktop exactly as {@link Main} does: the archive then holds the classes of a desktop start and of an
 * export, and both start fast.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("msq-offline-training-");
        StringWriter said = new StringWriter();
        try (PrintWriter out = new PrintWriter(said)) {
            String[] demo = {"--data-dir", scratch.resolve("data").toString(), "demo", "--out", scratch.resolve("out").toString()};
            int code = CommandLineRunner.run(demo, root -> { }, out, out);
            if (code != 0) {
                System.err.print(said);
                System.exit(code);
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Main.main(args);
    }
}
