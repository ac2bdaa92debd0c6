package org.msqoffline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.msqoffline.app.Collection;
import org.msqoffline.exchange.AtomicFile;
import org.msqoffline.exchange.CollectionTable;
import org.msqoffline.i18n.Messages;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collect}: for DESA, verify packages and write one table of every country's answers. */
@Command(name = "collect")
final class CollectCommand extends DataCommand {
    @Parameters(paramLabel = "PACKAGE", arity = "1..*")
    private List<Path> packages;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Option(names = "--format", paramLabel = "csv|jsonl", defaultValue = "csv")
    private String format;

    @Override
    public Integer call() throws IOException {
        CollectionTable.Format chosen = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> CollectionTable.Format.CSV;
            case "jsonl" -> CollectionTable.Format.JSONL;
            default -> throw org.msqoffline.app.UserInputException.of("cli.collect.unknownFormat", format);
        };
        try (CommandContext context = open(DataFolder.Access.READ)) {
            Collection.Result result = new Collection(context.responses()).collect(packages);
            AtomicFile.write(out, CollectionTable.write(result.rows(), chosen));
            PrintWriter err = spec.commandLine().getErr();
            Messages messages = messages();
            for (Collection.LeftOut left : result.leftOut()) {
                err.println(messages.get("cli.collect.leftOut", left.file().toString(), left.reason()));
            }
            out().println(messages.get("cli.collect.written", out.toString(), result.rows().size(),
                    result.packages() - result.leftOut().size(), result.packages()));
            return result.leftOut().isEmpty() ? ExitCode.OK : ExitCode.CHECKS_FAILED;
        }
    }
}
