package org.msqoffline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.msqoffline.app.UserInputException;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.SigningIdentity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code identity create|show}: the signing identities (a key and certificate in a PKCS#12 file). */
@Command(name = "identity", description = "Create or show a signing identity (PKCS#12 file).",
        mixinStandardHelpOptions = true, subcommands = {IdentityCommand.Create.class, IdentityCommand.Show.class})
final class IdentityCommand {
    private IdentityCommand() {
    }

    @Command(name = "create", description = "Create a key and a self-signed certificate in a passphrase-protected .p12 file.")
    static final class Create extends DataCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The official's full name.")
        private String name;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        private String email;

        @Option(names = "--organization", required = true, paramLabel = "ORG")
        private String organization;

        @Option(names = "--country", required = true, paramLabel = "ISO3", description = "e.g. AZE")
        private String country;

        @Option(names = "--key", paramLabel = "ec|rsa", defaultValue = "ec",
                description = "ec: ECDSA P-256 (default); rsa: RSA 3072.")
        private String key;

        @Option(names = "--out", required = true, paramLabel = "FILE.p12")
        private Path out;

        @ArgGroup(exclusive = true)
        private PassphraseOptions passphrase = new PassphraseOptions();

        @Override
        public Integer call() {
            if (Files.exists(out)) {
                throw new UserInputException(out + " exists already; choose another file (an identity is never overwritten)");
            }
            KeyAlgorithm algorithm = switch (key.toLowerCase(java.util.Locale.ROOT)) {
                case "ec", "ecdsa", "p-256" -> KeyAlgorithm.EC_P256;
                case "rsa", "rsa3072" -> KeyAlgorithm.RSA_3072;
                default -> throw new UserInputException("unknown key type \"" + key + "\" (ec or rsa)");
            };
            try {
                SigningIdentity identity = passphrase.use("Passphrase for the new identity", true, secret -> {
                    SigningIdentity created = SigningIdentity.create(new SigningIdentity.Holder(name, email, organization,
                            country.toUpperCase(java.util.Locale.ROOT)), algorithm, Instant.now());
                    created.save(out, secret);
                    return created;
                });
                out().println(out);
                describe(identity, out());
                out().println("Confirm this fingerprint to UN DESA by another channel (e-mail, phone).");
                return ExitCode.OK;
            } catch (IdentityException e) {
                throw new UserInputException(e.getMessage());
            }
        }
    }

    @Command(name = "show", description = "Show who an identity names and its certificate's SHA-256 fingerprint.")
    static final class Show extends DataCommand {
        @Parameters(paramLabel = "FILE.p12")
        private Path file;

        @ArgGroup(exclusive = true)
        private PassphraseOptions passphrase = new PassphraseOptions();

        @Override
        public Integer call() {
            SigningIdentity identity = openIdentity(file, passphrase);
            describe(identity, out());
            return ExitCode.OK;
        }
    }

    /** Opens an identity file, asking for its passphrase; the passphrase is cleared before returning. */
    static SigningIdentity openIdentity(Path file, PassphraseOptions passphrase) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableInputException("no such identity file: " + file);
        }
        try {
            return passphrase.use("Passphrase for " + file.getFileName(), false, secret -> SigningIdentity.open(file, secret));
        } catch (IdentityException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    static void describe(SigningIdentity identity, java.io.PrintWriter out) {
        X509Certificate certificate = identity.certificate();
        out.println("Subject:     " + SigningIdentity.describe(certificate));
        out.println("Issuer:      " + (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                ? "self-signed" : certificate.getIssuerX500Principal().getName()));
        out.println("Key:         " + identity.privateKey().getAlgorithm());
        out.println("Valid:       " + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant());
        out.println("SHA-256:     " + identity.fingerprint());
    }
}
