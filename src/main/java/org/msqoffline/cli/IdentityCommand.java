package org.msqoffline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.msqoffline.app.Exports;
import org.msqoffline.app.UserInputException;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.UserMessage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code identity create|show}: the signing identities (a key and certificate in a PKCS#12 file). */
@Command(name = "identity",
        mixinStandardHelpOptions = true, subcommands = {IdentityCommand.Create.class, IdentityCommand.Show.class})
final class IdentityCommand {
    private IdentityCommand() {
    }

    @Command(name = "create")
    static final class Create extends DataCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        private String name;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        private String email;

        @Option(names = "--organization", required = true, paramLabel = "ORG")
        private String organization;

        @Option(names = "--country", required = true, paramLabel = "ISO3")
        private String country;

        @Option(names = "--key", paramLabel = "ec|rsa", defaultValue = "ec")
        private String key;

        @Option(names = "--out", required = true, paramLabel = "FILE.p12")
        private Path out;

        @ArgGroup(exclusive = true)
        private PassphraseOptions passphrase = new PassphraseOptions();

        @Override
        public Integer call() throws IdentityException {
            if (Files.exists(out)) {
                throw UserInputException.of("cli.identity.exists", out.toString());
            }
            KeyAlgorithm algorithm = switch (key.toLowerCase(java.util.Locale.ROOT)) {
                case "ec", "ecdsa", "p-256" -> KeyAlgorithm.EC_P256;
                case "rsa", "rsa3072" -> KeyAlgorithm.RSA_3072;
                default -> throw UserInputException.of("cli.identity.unknownKeyType", key);
            };
            Messages messages = messages();
            SigningIdentity identity = passphrase.use(messages.get("cli.passphrase.newIdentity"), true, messages, secret -> {
                SigningIdentity created = SigningIdentity.create(new SigningIdentity.Holder(name, email, organization,
                        country.toUpperCase(java.util.Locale.ROOT)), algorithm, Instant.now());
                created.save(out, secret);
                return created;
            });
            out().println(out);
            describe(identity, out(), messages);
            out().println(messages.get("cli.identity.confirmFingerprint"));
            return ExitCode.OK;
        }
    }

    @Command(name = "show")
    static final class Show extends DataCommand {
        @Parameters(paramLabel = "FILE.p12")
        private Path file;

        @ArgGroup(exclusive = true)
        private PassphraseOptions passphrase = new PassphraseOptions();

        @Override
        public Integer call() throws IdentityException {
            SigningIdentity identity = openIdentity(file, passphrase, messages());
            describe(identity, out(), messages());
            return ExitCode.OK;
        }
    }

    /** Opens an identity file, asking for its passphrase; the passphrase is cleared before returning. */
    static SigningIdentity openIdentity(Path file, PassphraseOptions passphrase, Messages messages) throws IdentityException {
        return passphrase.use(promptFor(file, messages), false, messages, secret -> SigningIdentity.open(file, secret));
    }

    /** {@link #openIdentity}, unlocking on a thread of its own while the caller goes on; the export asks for it when it needs it. */
    static Exports.IdentitySource openIdentityBeside(Path file, PassphraseOptions passphrase, Messages messages) {
        return passphrase.useBeside(promptFor(file, messages), messages, secret -> SigningIdentity.open(file, secret))::get;
    }

    /** The passphrase prompt for an identity file, which must exist (said before any passphrase is asked for). */
    private static String promptFor(Path file, Messages messages) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableInputException(UserMessage.of("identity.noSuchFile", file.toString()));
        }
        return messages.get("cli.passphrase.forFile", file.getFileName().toString());
    }

    static void describe(SigningIdentity identity, java.io.PrintWriter out, Messages messages) {
        X509Certificate certificate = identity.certificate();
        boolean selfSigned = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
        TextColumns.labelled(List.of(
                new TextColumns.Row(messages.get("cli.identity.subject"), SigningIdentity.describe(certificate)),
                new TextColumns.Row(messages.get("cli.identity.issuer"), selfSigned ? messages.get("cli.identity.selfSigned")
                        : certificate.getIssuerX500Principal().getName()),
                new TextColumns.Row(messages.get("cli.identity.key"), identity.privateKey().getAlgorithm()),
                new TextColumns.Row(messages.get("cli.identity.valid"), messages.get("cli.identity.validity",
                        certificate.getNotBefore().toInstant().toString(), certificate.getNotAfter().toInstant().toString())),
                new TextColumns.Row(messages.get("cli.identity.fingerprint"), identity.fingerprint())))
                .forEach(out::println);
    }
}
