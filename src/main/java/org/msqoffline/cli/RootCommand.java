package org.msqoffline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.msqoffline.i18n.Languages;
import org.msqoffline.i18n.Messages;
import org.msqoffline.store.DataFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code msq-offline}: with no command, the desktop app; otherwise one of the commands below. The {@code --help}
 * texts are in {@code cli/usage*.properties}; {@link CommandLineRunner} picks the language of the run.
 */
@Command(name = "msq-offline", resourceBundle = RootCommand.USAGE_TEXTS, mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true)
public final class RootCommand implements Runnable {
    /** The bundle of the usage help: descriptions of the commands and options, and picocli's headings. */
    static final String USAGE_TEXTS = "org.msqoffline.cli.usage";
    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(QuestionnaireCommand.class, ResponseCommand.class, AnswerCommand.class,
            IdentityCommand.class, ExportCommand.class, PdfCommand.class, VerifyCommand.class, DemoCommand.class, DelegateCommand.class,
            MergeCommand.class, CollectCommand.class, BackupCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR")
    private Path dataDir;

    @Option(names = "--debug")
    private boolean debug;

    @Option(names = "--lang", paramLabel = "CODE")
    private String language;

    private final Consumer<RootCommand> desktop;

    /** @param desktop starts the desktop app with these options (the command line never touches JavaFX). */
    public RootCommand(Consumer<RootCommand> desktop) {
        this.desktop = desktop;
    }

    /**
     * The command line for {@code args}: the root with only the command they name, when they name one, else
     * with every command (for the help, and for a mistaken name, which picocli then explains). picocli
     * builds each command's model by reflection, and all of them took a fifth of an export's run.
     */
    static CommandLine commandLine(RootCommand root, String[] args) {
        CommandLine commandLine = new CommandLine(root);
        Optional<String> named = commandName(commandLine.getCommandSpec(), args);
        List<Class<?>> chosen = COMMANDS.stream().filter(command -> named.filter(nameOf(command)::equals).isPresent()).toList();
        (chosen.isEmpty() ? COMMANDS : chosen).forEach(commandLine::addSubcommand);
        return commandLine;
    }

    /** The first argument that is neither an option of the root nor an option's value. */
    private static Optional<String> commandName(CommandSpec rootSpec, String[] args) {
        for (int index = 0; index < args.length; index++) {
            String arg = args[index];
            if (!arg.startsWith("-")) {
                return Optional.of(arg);
            }
            OptionSpec option = rootSpec.findOption(arg);
            if (option != null && option.arity().min() > 0) {
                index++;
            }
        }
        return Optional.empty();
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
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

    /** The usage help in the language of {@link #messages()}, the same rule for both. */
    ResourceBundle usageTexts() {
        return ResourceBundle.getBundle(USAGE_TEXTS, messages().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public void run() {
        desktop.accept(this);
    }
}
