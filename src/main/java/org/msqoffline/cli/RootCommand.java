package org.msqoffline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.msqoffline.i18n.Languages;
import org.msqoffline.i18n.Messages;
import org.msqoffline.store.DataFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code msq-offline}: with no command, the desktop app; otherwise one of the commands below. */
@Command(name = "msq-offline", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Answer the UN E-Government Survey Member States Questionnaire offline.%n"
                + "With no command, starts the desktop app.",
        subcommands = {QuestionnaireCommand.class, ResponseCommand.class, AnswerCommand.class, IdentityCommand.class,
            ExportCommand.class, PdfCommand.class, VerifyCommand.class, DemoCommand.class, DelegateCommand.class,
            MergeCommand.class, CollectCommand.class, BackupCommand.class})
public final class RootCommand implements Runnable {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where answers are kept (default: $MSQ_DATA_DIR, else the user data folder).")
    private Path dataDir;

    @Option(names = "--debug", description = "Also print diagnostics and stack traces on standard error.")
    private boolean debug;

    @Option(names = "--lang", paramLabel = "CODE", description = "The language for this run: ar, en, es, fr, ru or zh.")
    private String language;

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

    /** The language asked for with {@code --lang}, if any (checked: one of the six UN languages). */
    public Optional<String> language() {
        if (language != null && !Languages.isSupported(language)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    messages().get("cli.lang.unsupported", String.join(", ", Languages.CODES), language));
        }
        return Optional.ofNullable(language).map(code -> code.toLowerCase(Locale.ROOT));
    }

    /**
     * What the command line says, in the language of this run: {@code --lang}, else the system's language
     * when it is one of the six, else English. An unsupported {@code --lang} is passed over here, so that
     * the error saying so can be read.
     */
    public Messages messages() {
        return Messages.forLocale(Languages.choose(Optional.ofNullable(language).filter(Languages::isSupported), Optional.empty(),
                Locale.getDefault()));
    }

    @Override
    public void run() {
        desktop.accept(this);
    }
}
