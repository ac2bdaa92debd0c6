package org.msqoffline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.msqoffline.app.Exports;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.exchange.IncompleteResponseException;
import org.msqoffline.exchange.Paper;
import org.msqoffline.i18n.Messages;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export ID}: the signed package for UN DESA (JSON + signed PDF/A copy in an ASiC-E container). */
@Command(name = "export")
final class ExportCommand extends DataCommand {
    @Parameters(paramLabel = "ID")
    private String id;

    @Option(names = "--identity", required = true, paramLabel = "FILE.p12")
    private Path identityFile;

    @ArgGroup(exclusive = true)
    private PassphraseOptions passphrase = new PassphraseOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR")
    private Path out;

    @Option(names = "--allow-incomplete")
    private boolean allowIncomplete;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4")
    private String paper;

    @Override
    public Integer call() throws IOException, IdentityException {
        Paper size = PdfCommand.paper(paper);
        // Unlocked on a second core from here on, while the data folder is opened and the export's first steps run.
        Exports.IdentitySource identity = IdentityCommand.openIdentityBeside(identityFile, passphrase, messages());
        try (CommandContext context = open(DataFolder.Access.READ)) {
            var response = context.responses().get(id);
            Exports exports = new Exports(context.responses(), context.data().clock(), messages());
            Path written = exports.export(response, identity, out, new ExportOptions(allowIncomplete, size), progress -> { });
            out().println(written);
            return ExitCode.OK;
        } catch (IncompleteResponseException e) {
            Messages messages = messages();
            throw new ChecksFailedException(e, e.problems().stream().map(p -> p.line(messages)).toList());
        }
    }
}
