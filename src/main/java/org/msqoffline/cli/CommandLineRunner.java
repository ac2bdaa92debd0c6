package org.msqoffline.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.msqoffline.app.UserInputException;
import org.msqoffline.exchange.FileWriteException;
import org.msqoffline.json.JsonProblem;
import org.msqoffline.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command line: parses, sets up logging, executes, and turns every failure into one line on
 * standard error beginning "error:" and an exit code. Stack traces go to the log only.
 */
public final class CommandLineRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandLineRunner.class);

    private CommandLineRunner() {
    }

    public static int run(String[] args, Consumer<RootCommand> desktop, PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand(desktop);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parseResult -> {
            root.language();
            LogSetup.configure(root.dataFolder(), root.debug());
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + JsonProblem.printable(exception.getMessage()));
            CommandLine failed = exception.getCommandLine();
            err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.UNUSABLE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> handle(exception, root, out, err, parseResult));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception exception, RootCommand root, PrintWriter out, PrintWriter err, ParseResult parseResult) {
        if (exception instanceof ChecksFailedException failed) {
            failed.lines().forEach(out::println);
            out.flush();
            err.println("error: " + JsonProblem.printable(failed.getMessage()));
            return ExitCode.CHECKS_FAILED;
        }
        if (exception instanceof UserInputException || exception instanceof UnreadableInputException
                || exception instanceof StoreException || exception instanceof FileWriteException) {
            LOG.info("Command refused: {}", exception.getMessage());
            err.println("error: " + JsonProblem.printable(exception.getMessage()));
            if (root.debug()) {
                exception.printStackTrace(err);
            }
            return ExitCode.UNUSABLE;
        }
        LOG.error("Unexpected failure of {}", parseResult.originalArgs(), exception);
        err.println("error: something went wrong (" + exception.getClass().getSimpleName() + "); details are in "
                + LogSetup.logFile(root.dataFolder()));
        if (root.debug()) {
            exception.printStackTrace(err);
        }
        return ExitCode.UNUSABLE;
    }
}
