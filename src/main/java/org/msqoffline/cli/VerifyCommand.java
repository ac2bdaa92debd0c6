package org.msqoffline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.msqoffline.app.Exports;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.json.Json;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify FILE}: checks a package or a signed PDF (exit 0 valid, 1 invalid or tampered, 2 unreadable). */
@Command(name = "verify", description = "Check a package (.asice) or a signed PDF: who signed it and that nothing changed.%n"
        + "Exit 0 valid, 1 invalid or tampered, 2 unreadable.")
final class VerifyCommand extends DataCommand {
    @Parameters(paramLabel = "FILE")
    private Path file;

    @Option(names = "--json", description = "The report as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        VerificationReport report;
        try (CommandContext context = open(DataFolder.Access.READ)) {
            report = new Exports(context.responses(), context.data().clock(), messages()).verify(file);
        }
        return print(report, json, out(), spec.commandLine().getErr());
    }

    static int print(VerificationReport report, boolean json, PrintWriter out, PrintWriter err) {
        if (json) {
            out.print(new String(Json.pretty(report.toJson()), StandardCharsets.UTF_8));
        } else if (!report.readable()) {
            out.flush();
            err.println("error: " + report.problems().get(0));
        } else {
            out.println("File:          " + report.file());
            line(out, "Signer:        ", report.signer());
            line(out, "Fingerprint:   ", report.fingerprint());
            line(out, "Signed at:     ", report.signingTime() == null ? null : report.signingTime().toString());
            line(out, "Questionnaire: ", report.questionnaire());
            line(out, "Country:       ", report.country());
            if (report.complete() != null) {
                out.println("Completeness:  " + (report.complete() ? "complete" : "INCOMPLETE, " + report.missing() + " required answers to do")
                        + " (" + report.answered() + " answers, " + report.required() + " required)");
            }
            report.notes().forEach(note -> out.println("Note: " + note));
            if (report.valid()) {
                out.println("VALID");
            } else {
                out.println("INVALID");
                report.problems().forEach(problem -> out.println("  - " + problem));
            }
        }
        return report.valid() ? ExitCode.OK : report.readable() ? ExitCode.CHECKS_FAILED : ExitCode.UNUSABLE;
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println(label + value);
        }
    }
}
