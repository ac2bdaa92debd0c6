package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;

/**
 * The command line's passphrases: {@link PassphraseOptions} hands one out only to a piece of work (identity create,
 * identity show, export all go through it) and zero-fills it when the work returns or fails.
 */
class PassphraseOptionsTest {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path temp;

    private PassphraseOptions fromFile() throws Exception {
        Path file = temp.resolve("passphrase.txt");
        Files.writeString(file, PASSPHRASE + "\nignored second line\n");
        PassphraseOptions options = new PassphraseOptions();
        options.file = file;
        return options;
    }

    @Test
    void thePassphraseAnIdentityIsCreatedAndSavedWithIsZeroFilledAfterwards() throws Exception {
        Path p12 = temp.resolve("official.p12");
        AtomicReference<char[]> lent = new AtomicReference<>();

        SigningIdentity created = fromFile().use("Passphrase", true, Messages.english(), secret -> {
            lent.set(secret);
            assertThat(new String(secret)).isEqualTo(PASSPHRASE);
            SigningIdentity identity = SigningIdentity.create(new SigningIdentity.Holder("A. Official", "a@example.org", "Agency", "AZE"),
                    KeyAlgorithm.EC_P256, Instant.now());
            identity.save(p12, secret);
            return identity;
        });

        assertThat(lent.get()).hasSize(PASSPHRASE.length()).containsOnly('\0');
        assertThat(SigningIdentity.open(p12, PASSPHRASE.toCharArray()).fingerprint()).as("saved with the passphrase before it was cleared")
                .isEqualTo(created.fingerprint());
    }

    @Test
    void thePassphraseAnIdentityIsOpenedWithIsZeroFilledWhetherItFitsOrNot() throws Exception {
        Path p12 = temp.resolve("official.p12");
        SigningIdentity.create(new SigningIdentity.Holder("A. Official", "a@example.org", "Agency", "AZE"), KeyAlgorithm.EC_P256,
                Instant.now()).save(p12, PASSPHRASE.toCharArray());
        AtomicReference<char[]> lent = new AtomicReference<>();

        SigningIdentity opened = fromFile().use("Passphrase", false, Messages.english(), secret -> {
            lent.set(secret);
            return SigningIdentity.open(p12, secret);
        });
        assertThat(opened.certificate()).isNotNull();
        assertThat(lent.get()).hasSize(PASSPHRASE.length()).containsOnly('\0');

        Path wrong = temp.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase\n");
        PassphraseOptions wrongOptions = new PassphraseOptions();
        wrongOptions.file = wrong;
        assertThatThrownBy(() -> wrongOptions.use("Passphrase", false, Messages.english(), secret -> {
            lent.set(secret);
            return SigningIdentity.open(p12, secret);
        })).isInstanceOf(IdentityException.class).hasMessageContaining("wrong passphrase");
        assertThat(lent.get()).hasSize("not the passphrase".length()).containsOnly('\0');
    }

    @Test
    void thePassphraseIsZeroFilledWhenTheWorkFailsUnexpectedly() throws Exception {
        AtomicReference<char[]> lent = new AtomicReference<>();
        assertThatThrownBy(() -> fromFile().use("Passphrase", false, Messages.english(), secret -> {
            lent.set(secret);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(lent.get()).hasSize(PASSPHRASE.length()).containsOnly('\0');
    }

    @Test
    void aPassphraseFromTheEnvironmentIsZeroFilledToo() throws Exception {
        PassphraseOptions options = new PassphraseOptions();
        options.environmentVariable = "PATH";
        AtomicReference<char[]> lent = new AtomicReference<>();
        String value = options.use("Passphrase", false, Messages.english(), secret -> {
            lent.set(secret);
            return new String(secret);
        });
        assertThat(value).isEqualTo(System.getenv("PATH"));
        assertThat(lent.get()).hasSize(value.length()).containsOnly('\0');
    }

    @Test
    void workDoneBesideTheCallerIsZeroFilledAfterwardsAndItsFailureComesBackAsThrown() throws Exception {
        Path p12 = temp.resolve("official.p12");
        SigningIdentity created = SigningIdentity.create(new SigningIdentity.Holder("A. Official", "a@example.org", "Agency", "AZE"),
                KeyAlgorithm.EC_P256, Instant.now());
        created.save(p12, PASSPHRASE.toCharArray());
        AtomicReference<char[]> lent = new AtomicReference<>();

        PassphraseOptions.Lent<SigningIdentity> opening = fromFile().useBeside("Passphrase", Messages.english(), secret -> {
            lent.set(secret);
            return SigningIdentity.open(p12, secret);
        });
        assertThat(opening.get().fingerprint()).isEqualTo(created.fingerprint());
        assertThat(lent.get()).hasSize(PASSPHRASE.length()).containsOnly('\0');

        Path wrong = temp.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase\n");
        PassphraseOptions wrongOptions = new PassphraseOptions();
        wrongOptions.file = wrong;
        PassphraseOptions.Lent<SigningIdentity> refused = wrongOptions.useBeside("Passphrase", Messages.english(), secret -> {
            lent.set(secret);
            return SigningIdentity.open(p12, secret);
        });
        assertThatThrownBy(refused::get).isInstanceOf(IdentityException.class).hasMessageContaining("wrong passphrase");
        assertThat(lent.get()).hasSize("not the passphrase".length()).containsOnly('\0');
    }
}
