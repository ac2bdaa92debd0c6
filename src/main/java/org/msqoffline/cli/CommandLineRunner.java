package org.msqoffline.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.json.Json;
import org.msqoffline.json.JsonProblem;
import org.msqoffline.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command line: parses, sets up logging, executes, and turns every failure into one line on
 * standard error beginning "error:" and an exit code. Stack traces go to the log only.
 */
public final class CommandLineRunner {
    /** The mark scripts look for, the same in every language (README: errors begin "error:"). */
    static final String ERROR = "error: ";

    private CommandLineRunner() {
    }

    public static int run(String[] args, Consumer<RootCommand> desktop, PrintWriter out, PrintWriter err) {
        startInBackground();
        RootCommand root = new RootCommand(desktop);
        CommandLine commandLine = RootCommand.commandLine(root, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parseResult -> {
            root.language();
            // Parsed by now, so --help (printed by RunLast) speaks the language of --lang too.
            commandLine.setResourceBundle(root.usageTexts());
            LogSetup.configure(root.dataFolder(), root.debug());
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            // picocli's own sentence (an unknown option, a missing value) is English; ours are translated.
            err.println(ERROR + JsonProblem.printable(exception.getMessage()));
            CommandLine failed = exception.getCommandLine();
            err.println(root.messages().get("cli.tryHelp", failed.getCommandSpec().qualifiedName()));
            return ExitCode.UNUSABLE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> handle(exception, root, out, err, parseResult));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Not a constant: that would start SLF4J on the main thread, before the arguments are read. */
    private static Logger log() {
        return LoggerFactory.getLogger(CommandLineRunner.class);
    }

    /**
     * Starts, on a second core while picocli reads the arguments, what nearly every command then needs: SLF4J,
     * Jackson and SQLite's native library (each a few hundredths of a second in a fresh process).
     */
    private static void startInBackground() {
        Thread thread = new Thread(() -> {
            LoggerFactory.getILoggerFactory();
            Json.prepare();
            Database.prepare();
        }, "msq-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static int handle(Exception exception, RootCommand root, PrintWriter out, PrintWriter err, ParseResult parseResult) {
        Messages messages = root.messages();
        if (exception instanceof ChecksFailedException failed) {
            failed.lines().forEach(out::println);
            out.flush();
            err.println(ERROR + JsonProblem.printable(messages.explain(failed)));
            return ExitCode.CHECKS_FAILED;
        }
        // Every exception meant for a person says so by being Translatable; anything else is a defect.
        if (exception instanceof Translatable) {
            log().info("Command refused: {}", exception.getMessage());
            err.println(ERROR + JsonProblem.printable(messages.explain(exception)));
            if (root.debug()) {
                exception.printStackTrace(err);
            }
            return ExitCode.UNUSABLE;
        }
        log().error("Unexpected failure of {}", parseResult.originalArgs(), exception);
        err.println(ERROR + messages.get("cli.unexpected", exception.getClass().getSimpleName(),
                LogSetup.logFile(root.dataFolder()).toString()));
        if (root.debug()) {
            exception.printStackTrace(err);
        }
        return ExitCode.UNUSABLE;
    }
}
