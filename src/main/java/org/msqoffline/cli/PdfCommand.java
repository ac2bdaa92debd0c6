package org.msqoffline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.msqoffline.app.Exports;
import org.msqoffline.app.UserInputException;
import org.msqoffline.exchange.Paper;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pdf ID}: an unsigned PDF/A copy of a response, to read or print, marked as unsigned. */
@Command(name = "pdf")
final class PdfCommand extends DataCommand {
    @Parameters(paramLabel = "ID")
    private String id;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    private Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4")
    private String paper;

    @Override
    public Integer call() throws IOException {
        Paper size = paper(paper);
        try (CommandContext context = open(DataFolder.Access.READ)) {
            Exports exports = new Exports(context.responses(), context.data().clock(), messages());
            out().println(exports.writePdf(context.responses().get(id), out, size));
            return ExitCode.OK;
        }
    }

    static Paper paper(String code) {
        return Paper.fromCode(code).orElseThrow(() -> UserInputException.of("cli.unknownPaper", code));
    }
}
