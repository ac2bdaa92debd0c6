package org.msqoffline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.msqoffline.store.ScratchFolder;

/** {@code demo} run in a folder of its own that is deleted afterwards, saying nothing unless it fails (on standard error). */
public final class ThrowawayDemo {
    private ThrowawayDemo() {
    }

    /** The command's exit code. */
    public static int run() throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create("msq-offline-training-"); StringWriter said = new StringWriter();
                PrintWriter out = new PrintWriter(said)) {
            String[] demo = {"--data-dir", scratch.path().resolve("data").toString(), "demo", "--out", scratch.path().resolve("out").toString()};
            int code = CommandLineRunner.run(demo, root -> { }, out, out);
            if (code != 0) {
                System.err.print(said);
            }
            return code;
        }
    }
}
