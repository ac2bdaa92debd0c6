package org.msqoffline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.msqoffline.app.Exports;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.i18n.Messages;
import org.msqoffline.json.Json;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify FILE}: checks a package or a signed PDF (exit 0 valid, 1 invalid or tampered, 2 unreadable). */
@Command(name = "verify")
final class VerifyCommand extends DataCommand {
    @Parameters(paramLabel = "FILE")
    private Path file;

    @Option(names = "--json")
    private boolean json;

    @Override
    public Integer call() {
        VerificationReport report;
        try (CommandContext context = open(DataFolder.Access.READ)) {
            report = new Exports(context.responses(), context.data().clock(), messages()).verify(file);
        }
        return print(report, json, out(), spec.commandLine().getErr(), messages());
    }

    static int print(VerificationReport report, boolean json, PrintWriter out, PrintWriter err, Messages messages) {
        if (json) {
            out.print(new String(Json.pretty(report.toJson(messages)), StandardCharsets.UTF_8));
        } else if (!report.readable()) {
            out.flush();
            err.println(CommandLineRunner.ERROR + report.problems().get(0).in(messages));
        } else {
            String completeness = report.complete() == null ? null : report.complete()
                    ? messages.get("cli.verify.complete", report.answered(), report.required())
                    : messages.get("cli.verify.incomplete", report.missing(), report.answered(), report.required());
            TextColumns.labelled(List.of(
                    new TextColumns.Row(messages.get("cli.verify.file"), report.file()),
                    new TextColumns.Row(messages.get("cli.verify.signer"), report.signer()),
                    new TextColumns.Row(messages.get("cli.verify.fingerprint"), report.fingerprint()),
                    new TextColumns.Row(messages.get("cli.verify.signedAt"), report.signingTime() == null ? null : report.signingTime().toString()),
                    new TextColumns.Row(messages.get("cli.verify.questionnaire"), report.questionnaire()),
                    new TextColumns.Row(messages.get("cli.verify.country"), report.country()),
                    new TextColumns.Row(messages.get("cli.verify.completeness"), completeness)))
                    .forEach(out::println);
            report.notes().forEach(note -> out.println(messages.get("cli.verify.note", note)));
            if (report.valid()) {
                out.println(messages.get("cli.verify.valid"));
            } else {
                out.println(messages.get("cli.verify.invalid"));
                report.problems().forEach(problem -> out.println("  - " + problem.in(messages)));
            }
        }
        return report.valid() ? ExitCode.OK : report.readable() ? ExitCode.CHECKS_FAILED : ExitCode.UNUSABLE;
    }
}
