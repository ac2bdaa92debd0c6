package org.msqoffline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands: the root's options, the data folder, and the two output streams. */
abstract class DataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    CommandContext open(DataFolder.Access access) {
        return CommandContext.open(root().dataFolder(), access);
    }

    /** The messages of this run: --lang, else the system's language when it is one of the six, else English. */
    Messages messages() {
        return root().messages();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Reads a file named on the command line, or fails with a one-line reason (exit 2). */
    static byte[] readInput(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException(UserMessage.of("file.isFolder", file.toString()));
            }
            // Refuse an oversized file before reading it into memory.
            if (Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
                throw new UnreadableInputException(UserMessage.of("file.tooLarge", file.toString(), Json.MAX_DOCUMENT_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(UserMessage.of("file.noSuchFile", file.toString()));
        } catch (IOException e) {
            throw new UnreadableInputException(UserMessage.of("file.cannotRead", file.toString(), e.getMessage()));
        }
    }
}
