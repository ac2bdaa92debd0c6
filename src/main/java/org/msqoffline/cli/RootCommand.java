package org.msqoffline.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.msqoffline.store.DataFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code msq-offline}: with no command, the desktop app; otherwise one of the commands below. */
@Command(name = "msq-offline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Answer the UN E-Government Survey Member States Questionnaire offline.%n"
                + "With no command, starts the desktop app.",
        subcommands = {QuestionnaireCommand.class, ResponseCommand.class, AnswerCommand.class, DelegateCommand.class})
public final class RootCommand implements Runnable {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where answers are kept (default: $MSQ_DATA_DIR, else the user data folder).")
    private Path dataDir;

    @Option(names = "--debug", description = "Also print diagnostics and stack traces on standard error.")
    private boolean debug;

    private final Consumer<RootCommand> desktop;

    /** @param desktop starts the desktop app with these options (the command line never touches JavaFX). */
    public RootCommand(Consumer<RootCommand> desktop) {
        this.desktop = desktop;
    }

    public Path dataFolder() {
        return DataFolders.resolve(dataDir);
    }

    public boolean debug() {
        return debug;
    }

    @Override
    public void run() {
        desktop.accept(this);
    }
}
