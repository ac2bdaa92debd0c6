package org.msqoffline.ui.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.Exports;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.Paper;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.ViewModelFixture;

/** The verify screen's model over real packages. */
class VerifyViewModelTest {
    @TempDir
    Path data;

    @TempDir
    Path out;

    private ViewModelFixture fixture;
    private Exports exports;
    private Path asice;
    private SigningIdentity identity;
    private Completeness exported;

    @BeforeEach
    void export() throws Exception {
        fixture = new ViewModelFixture(data);
        exports = new Exports(fixture.responses, Clock.systemUTC(), fixture.messages);
        ResponseInfo sample = fixture.responses.importSample("Tester");
        exported = fixture.responses.check(sample);
        identity = SigningIdentity.create(new SigningIdentity.Holder("Leyla Mammadova", "leyla@example.az", "Ministry", "AZE"),
                KeyAlgorithm.EC_P256, Clock.systemUTC().instant());
        asice = exports.export(sample, identity, out, new ExportOptions(true, Paper.A4), p -> { });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aGoodPackageIsValidWithItsSignerFingerprintAndCompleteness() {
        VerifyViewModel viewModel = new VerifyViewModel(exports, fixture.tasks, fixture.messages);
        viewModel.verify(asice);
        assertThat(viewModel.validProperty().get()).isTrue();
        assertThat(viewModel.verdictProperty().get()).isEqualTo("VALID");
        assertThat(viewModel.signerProperty().get()).contains("Leyla Mammadova");
        assertThat(viewModel.fingerprintProperty().get()).isEqualTo(identity.fingerprint());
        assertThat(viewModel.countryProperty().get()).contains("AZE");
        assertThat(viewModel.questionnaireProperty().get()).isNotEqualTo("\u2014");
        assertThat(viewModel.signingTimeProperty().get()).isNotEqualTo("\u2014");
        // All answers given (optional ones too) beside the required count: "121 of 110 required answers" it once said.
        assertThat(viewModel.completenessProperty().get()).isEqualTo("incomplete: 4 required answers to do (%d answers, %d required)",
                exported.answeredCount(), exported.requiredCount());
        assertThat(viewModel.reasons()).isEmpty();
    }

    @Test
    void aChangedPackageIsInvalidWithEveryReason() throws Exception {
        byte[] bytes = Files.readAllBytes(asice);
        bytes[bytes.length / 2] ^= 0x5a;
        Path broken = Files.write(out.resolve("broken.asice"), bytes);
        VerifyViewModel viewModel = new VerifyViewModel(exports, fixture.tasks, fixture.messages);
        viewModel.verify(broken);
        assertThat(viewModel.validProperty().get()).isFalse();
        assertThat(viewModel.verdictProperty().get()).isEqualTo("INVALID");
        assertThat(viewModel.reasons()).isNotEmpty();
    }

    @Test
    void aFileThatIsNoPackageIsInvalidAndSaysWhy() throws Exception {
        Path text = Files.writeString(out.resolve("notes.asice"), "just some notes");
        VerifyViewModel viewModel = new VerifyViewModel(exports, fixture.tasks, fixture.messages);
        viewModel.verify(text);
        assertThat(viewModel.verdictProperty().get()).isEqualTo("INVALID");
        assertThat(viewModel.reasons()).hasSizeGreaterThanOrEqualTo(1);
    }
}
