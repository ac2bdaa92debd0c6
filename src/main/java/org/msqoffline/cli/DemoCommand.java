package org.msqoffline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.msqoffline.app.Exports;
import org.msqoffline.app.Responses;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.exchange.IncompleteResponseException;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.Paper;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import org.msqoffline.store.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo --out DIR}: the whole job in one command, for a first look: a throwaway identity, the
 * Azerbaijan sample imported into a scratch data folder, exported as a signed package and verified.
 */
@Command(name = "demo")
final class DemoCommand extends DataCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Messages messages = messages();
        // A scratch data folder, so the demo leaves the user's own responses untouched.
        try (ScratchFolder scratch = ScratchFolder.create("msq-offline-demo-")) {
            Path written;
            try (DataFolder data = DataFolder.open(scratch.path(), DataFolder.Access.WRITE)) {
                Responses responses = new Responses(data);
                SigningIdentity identity = SigningIdentity.create(new SigningIdentity.Holder(messages.get("cli.demo.holder"),
                        "demo.official@example.org", messages.get("cli.demo.organization"), "AZE"), KeyAlgorithm.EC_P256,
                        data.clock().instant());
                out().println(messages.get("cli.demo.identity", SigningIdentity.describe(identity.certificate())));
                out().println("  " + messages.get("cli.demo.fingerprint", identity.fingerprint()));
                ResponseInfo response = responses.importSample("demo");
                Completeness completeness = responses.check(response);
                out().println(messages.get(completeness.complete() ? "cli.demo.imported" : "cli.demo.importedIncomplete",
                        completeness.answeredRequiredCount(), completeness.requiredCount()));
                Exports exports = new Exports(responses, data.clock(), messages);
                long started = System.nanoTime();
                written = exports.export(response, identity, out, new ExportOptions(!completeness.complete(), Paper.A4), p -> { });
                out().println(messages.get("cli.demo.exported", (System.nanoTime() - started) / 1_000_000, written.toString(),
                        (Files.size(written) + 1023) / 1024));
                out().println();
                return VerifyCommand.print(exports.verify(written), false, out(), spec.commandLine().getErr(), messages);
            } catch (IdentityException | IncompleteResponseException e) {
                throw new IllegalStateException("the demo failed: " + e.getMessage(), e);
            }
        }
    }
}
