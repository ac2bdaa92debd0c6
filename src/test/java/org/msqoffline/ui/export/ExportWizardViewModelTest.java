package org.msqoffline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.Exports;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.ViewModelFixture;
import org.msqoffline.ui.export.ExportWizardViewModel.IdentitySource;
import org.msqoffline.ui.export.ExportWizardViewModel.Step;

/** The export wizard over a real data folder, without a stage. */
class ExportWizardViewModelTest {
    @TempDir
    Path data;

    @TempDir
    Path out;

    private ViewModelFixture fixture;
    private Exports exports;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(data);
        exports = new Exports(fixture.responses, Clock.systemUTC(), fixture.messages);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ExportWizardViewModel wizard(ResponseInfo response) {
        ExportWizardViewModel wizard = new ExportWizardViewModel(exports, fixture.responses, response, fixture.tasks, fixture.messages,
                Clock.systemUTC(), out);
        wizard.load();
        return wizard;
    }

    private static void fillNewIdentity(ExportWizardViewModel wizard, Path p12) {
        wizard.sourceProperty().set(IdentitySource.CREATE);
        wizard.nameProperty().set("Leyla Mammadova");
        wizard.emailProperty().set("leyla@example.az");
        wizard.organizationProperty().set("Ministry of Digital Development");
        wizard.newIdentityFileProperty().set(p12);
    }

    /** A new identity to be written to {@code p12}, filled in the wizard, which then asks for a passphrase for it. */
    private static void toPassphraseOfNewIdentity(ExportWizardViewModel wizard, Path p12) {
        wizard.allowIncompleteProperty().set(true);
        wizard.next();
        fillNewIdentity(wizard, p12);
        wizard.next();
    }

    /** An identity saved with "secret phrase", chosen in the wizard, which then asks for its passphrase. */
    private void toPassphraseOfExistingIdentity(ExportWizardViewModel wizard) throws Exception {
        Path p12 = out.resolve("existing.p12");
        SigningIdentity.create(new SigningIdentity.Holder("A. Official", "a@example.org", "Agency", "AZE"), KeyAlgorithm.EC_P256,
                Clock.systemUTC().instant()).save(p12, "secret phrase".toCharArray());
        wizard.allowIncompleteProperty().set(true);
        wizard.next();
        wizard.sourceProperty().set(IdentitySource.OPEN);
        wizard.existingIdentityFileProperty().set(p12);
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PASSPHRASE);
    }

    @Test
    void anIncompleteResponseIsRefusedUnlessExportAsIncompleteIsChosen() {
        ExportWizardViewModel wizard = wizard(fixture.response);
        assertThat(wizard.completeProperty().get()).isFalse();
        assertThat(wizard.missing()).isNotEmpty().allSatisfy(line -> assertThat(line).contains(" \u2014 "));
        assertThat(wizard.summaryProperty().get()).contains("required answers are missing");
        assertThat(wizard.countryProperty().get()).as("the identity's country defaults to the response's").isEqualTo("KEN");

        wizard.next();
        assertThat(wizard.stepProperty().get()).as("no way past the summary while incomplete").isEqualTo(Step.SUMMARY);

        wizard.allowIncompleteProperty().set(true);
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.IDENTITY);
    }

    @Test
    void aRealExportProducesAPackageThatVerifiesAsValid() throws Exception {
        ResponseInfo sample = fixture.responses.importSample("Tester");
        ExportWizardViewModel wizard = wizard(sample);
        assertThat(wizard.contributionProperty().get()).isFalse();
        wizard.allowIncompleteProperty().set(true);
        wizard.next();
        Path p12 = out.resolve("leyla.p12");
        fillNewIdentity(wizard, p12);
        wizard.algorithmProperty().set(KeyAlgorithm.EC_P256);
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PASSPHRASE);

        char[] passphrase = "correct horse".toCharArray();
        char[] repeat = "correct horse".toCharArray();
        wizard.signAndExport(passphrase, repeat);

        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.RESULT);
        assertThat(passphrase).as("the passphrase is cleared after use").containsOnly('\0');
        assertThat(repeat).containsOnly('\0');
        Path written = wizard.packageFileProperty().get();
        assertThat(written).exists().hasParent(out);
        assertThat(written.getFileName().toString()).startsWith("AZE_msq-2024_").endsWith(".asice");
        assertThat(wizard.pdfFileProperty().get()).exists();
        assertThat(Files.readAllBytes(wizard.pdfFileProperty().get())).startsWith("%PDF-".getBytes());

        VerificationReport report = exports.verify(written);
        assertThat(report.valid()).as(String.valueOf(report.problems())).isTrue();
        assertThat(report.fingerprint()).isEqualTo(wizard.fingerprintProperty().get());
        SigningIdentity saved = SigningIdentity.open(p12, "correct horse".toCharArray());
        assertThat(saved.fingerprint()).as("the new identity was saved for later exports").isEqualTo(wizard.fingerprintProperty().get());
        assertThat(exports.verify(wizard.pdfFileProperty().get()).valid()).as("the PDF copy beside it is the signed one").isTrue();
    }

    @Test
    void anExistingIdentityIsOpenedWithItsPassphraseAndAWrongOneIsSaidPlainly() throws Exception {
        ExportWizardViewModel wizard = wizard(fixture.responses.importSample("Tester"));
        toPassphraseOfExistingIdentity(wizard);

        char[] wrong = "wrong".toCharArray();
        char[] unused = "wrong".toCharArray();
        wizard.signAndExport(wrong, unused);
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PASSPHRASE);
        assertThat(wizard.errorProperty().get()).startsWith("Not exported:");
        assertThat(wrong).as("a wrong passphrase is cleared too").containsOnly('\0');
        assertThat(unused).containsOnly('\0');

        char[] right = "secret phrase".toCharArray();
        wizard.signAndExport(right, new char[0]);
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.RESULT);
        assertThat(right).containsOnly('\0');
        assertThat(exports.verify(wizard.packageFileProperty().get()).signer()).contains("A. Official");
    }

    @Test
    void differingNewPassphrasesAreRefusedBeforeAnythingIsWritten() {
        assertThat(refusedNewPassphrase("one phrase", "another")).isEqualTo("The two passphrases differ. Type them again.");
    }

    @Test
    void aShortNewPassphraseIsRefusedBeforeAKeyIsMade() {
        assertThat(refusedNewPassphrase("abc", "abc")).contains("at least 8 characters");
    }

    /**
     * A new identity's passphrase typed as {@code first} and {@code repeat}: the wizard stays on the passphrase page,
     * clears what was typed and writes no identity file. Returns the error it shows.
     */
    private String refusedNewPassphrase(String first, String repeat) {
        ResponseInfo sample = fixture.responses.importSample("Tester");
        ExportWizardViewModel wizard = wizard(sample);
        Path p12 = out.resolve("new.p12");
        toPassphraseOfNewIdentity(wizard, p12);
        char[] typed = first.toCharArray();
        wizard.signAndExport(typed, repeat.toCharArray());
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PASSPHRASE);
        assertThat(typed).containsOnly('\0');
        assertThat(p12).doesNotExist();
        return wizard.errorProperty().get();
    }

    @Test
    void anEmptyPassphraseIsRefusedAndTheRepeatIsClearedAnyway() {
        ResponseInfo sample = fixture.responses.importSample("Tester");
        ExportWizardViewModel wizard = wizard(sample);
        toPassphraseOfNewIdentity(wizard, out.resolve("new.p12"));
        char[] repeat = "typed only here".toCharArray();
        wizard.signAndExport(new char[0], repeat);
        assertThat(wizard.errorProperty().get()).isNotEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PASSPHRASE);
        assertThat(repeat).containsOnly('\0');
    }

    @Test
    void aPackageThatCannotBeWrittenIsSaidPlainlyAndThePassphraseIsClearedAnyway() throws Exception {
        Path notAFolder = Files.writeString(out.resolve("not-a-folder"), "a file where the package folder should be");
        ExportWizardViewModel wizard = wizard(fixture.responses.importSample("Tester"));
        wizard.folderProperty().set(notAFolder);
        toPassphraseOfExistingIdentity(wizard);

        char[] passphrase = "secret phrase".toCharArray();
        wizard.signAndExport(passphrase, new char[0]);

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PASSPHRASE);
        assertThat(wizard.errorProperty().get()).startsWith("Not exported: cannot write " + notAFolder);
        assertThat(passphrase).containsOnly('\0');
    }
}
