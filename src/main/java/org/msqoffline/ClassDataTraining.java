package org.msqoffline;

import java.io.IOException;
import org.msqoffline.cli.ThrowawayDemo;

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
        int code = ThrowawayDemo.run();
        if (code != 0) {
            System.exit(code);
        }
        Main.main(args);
    }
}
