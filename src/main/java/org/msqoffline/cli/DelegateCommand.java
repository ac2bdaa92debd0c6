package org.msqoffline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.msqoffline.app.Delegations;
import org.msqoffline.app.UserInputException;
import org.msqoffline.exchange.AtomicFile;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code delegate}: hand items or sections of a response to another agency as a delegation file. */
@Command(name = "delegate")
final class DelegateCommand extends DataCommand {
    @Parameters(paramLabel = "ID")
    private String id;

    @ArgGroup(exclusive = false, multiplicity = "1")
    private Selection selection;

    static final class Selection {
        @Option(names = "--items", split = ",", paramLabel = "ITEM")
        private List<String> items = List.of();

        @Option(names = "--sections", split = ",", paramLabel = "SECTION")
        private List<String> sections = List.of();
    }

    @Option(names = "--to", required = true, paramLabel = "NAME")
    private String to;

    @Option(names = "--out", required = true, paramLabel = "FILE.msqd")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().endsWith(".msqd")) {
            throw UserInputException.of("cli.delegate.notMsqd", out.toString());
        }
        try (CommandContext context = open(DataFolder.Access.WRITE)) {
            Delegations delegations = new Delegations(context.data(), context.responses());
            Delegations.Issued issued = delegations.delegate(context.responses().get(id), selection.items, selection.sections, to,
                    context.contributor());
            AtomicFile.write(out, issued.file());
            out().println(out);
            spec.commandLine().getErr().println(messages().get("cli.delegate.done", issued.delegation().itemIds().size(), to));
            return ExitCode.OK;
        }
    }
}
