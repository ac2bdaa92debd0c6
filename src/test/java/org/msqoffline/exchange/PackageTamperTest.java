package org.msqoffline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msqoffline.app.Exports;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.questionnaire.Questionnaire;

/** Any change to a package (a byte, a file removed, added or swapped, another signer's certificate) makes it INVALID. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageTamperTest {
    private static final String[] FILES = {AsicPackage.MIMETYPE_ENTRY, AsicPackage.JSON, AsicPackage.PDF, AsicPackage.MANIFEST,
        AsicPackage.SIGNATURE};

    private byte[] original;
    private Map<String, byte[]> files;
    private Map<String, byte[]> otherFiles;
    private PackageVerifier verifier;

    @BeforeAll
    void export(@TempDir java.nio.file.Path temp) throws Exception {
        try (ExchangeFixture fixture = new ExchangeFixture(temp.resolve("data")).complete()) {
            Exports exports = fixture.exports();
            original = exports.build(fixture.response, ExchangeFixture.official(), ExportOptions.defaults(), p -> { }).bytes();
            fixture.set("contact-title", new org.msqoffline.response.AnswerValue.Text("Director"));
            byte[] other = exports.build(fixture.response, ExchangeFixture.official(), ExportOptions.defaults(), p -> { }).bytes();
            Questionnaire questionnaire = fixture.responses.questionnaireOf(fixture.response);
            verifier = new PackageVerifier(sha -> Optional.of(questionnaire));
            files = TamperedPackages.read(original);
            otherFiles = TamperedPackages.read(other);
        }
    }

    private VerificationReport verify(Map<String, byte[]> changed) throws Exception {
        return verifier.verify("tampered.asice", TamperedPackages.zip(changed));
    }

    @Test
    void theUntouchedPackageAndItsRezippedCopyAreValid() throws Exception {
        assertThat(verifier.verify("original.asice", original).problems()).isEmpty();
        // The bound, for a poor connection. Fonts embedded whole, or with their hinting, would break it.
        assertThat(original.length).as("the sample's package stays under 110 KB").isLessThan(110_000);
        assertThat(verify(files).valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mimetype", "submission.json", "submission.pdf", "META-INF/ASiCManifest.xml", "META-INF/signature001.p7s"})
    void changingOneByteOfAnyFileMakesItInvalid(String name) throws Exception {
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put(name, TamperedPackages.flipMiddleByte(files.get(name)));
        VerificationReport report = verify(changed);
        assertThat(report.readable()).isTrue();
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mimetype", "submission.json", "submission.pdf", "META-INF/ASiCManifest.xml", "META-INF/signature001.p7s"})
    void changingAByteAnywhereInAnyFileMakesItInvalid(String name) throws Exception {
        byte[] content = files.get(name);
        for (int step = 0; step < 8; step++) {
            int at = (int) ((long) (content.length - 1) * step / 7);
            byte[] changed = content.clone();
            changed[at] ^= 0x04;
            Map<String, byte[]> tampered = new LinkedHashMap<>(files);
            tampered.put(name, changed);
            assertThat(verify(tampered).valid()).as(name + " byte " + at).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mimetype", "submission.json", "submission.pdf", "META-INF/ASiCManifest.xml", "META-INF/signature001.p7s"})
    void removingAnyFileMakesItInvalid(String name) throws Exception {
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.remove(name);
        VerificationReport report = verify(changed);
        assertThat(report.valid()).isFalse();
        assertThat(String.join("\n", english(report))).contains(name.equals("mimetype") ? "not mimetype" : name + " is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"submission.json", "submission.pdf", "META-INF/ASiCManifest.xml", "META-INF/signature001.p7s"})
    void swappingInAFileFromAnotherValidPackageMakesItInvalid(String name) throws Exception {
        assertThat(otherFiles.get(name)).isNotEqualTo(files.get(name));
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put(name, otherFiles.get(name));
        assertThat(verify(changed).valid()).isFalse();
    }

    @Test
    void addingAFileMakesItInvalid() throws Exception {
        for (String extra : List.of("notes.txt", "META-INF/signature002.p7s", "META-INF/manifest.xml")) {
            Map<String, byte[]> changed = new LinkedHashMap<>(files);
            changed.put(extra, "extra".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            VerificationReport report = verify(changed);
            assertThat(report.valid()).isFalse();
            assertThat(english(report)).contains("unexpected file in the package: " + extra);
        }
    }

    @Test
    void movingMimetypeOrCompressingItMakesItInvalid() throws Exception {
        Map<String, byte[]> reordered = new LinkedHashMap<>(files);
        byte[] mimetype = reordered.remove(AsicPackage.MIMETYPE_ENTRY);
        reordered.put(AsicPackage.MIMETYPE_ENTRY, mimetype);
        assertThat(english(verify(reordered))).anyMatch(p -> p.contains("not mimetype"));
    }

    @Test
    void anotherKeysSignatureWithTheOfficialsCertificateSwappedInIsInvalid() throws Exception {
        byte[] manifest = files.get(AsicPackage.MANIFEST);
        byte[] forged = CadesSignature.sign(manifest, ExchangeFixture.other(), ExchangeFixture.NOW);
        CMSSignedData swapped = CMSSignedData.replaceCertificatesAndCRLs(new CMSSignedData(forged),
                new JcaCertStore(List.of(ExchangeFixture.official().certificate())), null, null);
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put(AsicPackage.SIGNATURE, swapped.getEncoded());
        assertThat(verify(changed).valid()).isFalse();

        CMSSignedData official = new CMSSignedData(new org.bouncycastle.cms.CMSProcessableByteArray(manifest), files.get(AsicPackage.SIGNATURE));
        CMSSignedData otherCertificate = CMSSignedData.replaceCertificatesAndCRLs(official,
                new JcaCertStore(List.of(ExchangeFixture.other().certificate())), null, null);
        changed.put(AsicPackage.SIGNATURE, otherCertificate.getEncoded());
        assertThat(verify(changed).valid()).isFalse();
    }

    @Test
    void aManifestResignedByAnotherKeyNoLongerMatchesThePdfSigner() throws Exception {
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put(AsicPackage.SIGNATURE, CadesSignature.sign(files.get(AsicPackage.MANIFEST), ExchangeFixture.other(),
                ExchangeFixture.NOW));
        VerificationReport report = verify(changed);
        assertThat(report.valid()).isFalse();
        assertThat(english(report)).contains("submission.pdf is signed with another certificate than the package");
        assertThat(report.fingerprint()).isEqualTo(ExchangeFixture.other().fingerprint());
    }

    @Test
    void damagedBytesAnywhereInTheZipAreNeverValid() throws Exception {
        for (int step = 0; step < 40; step++) {
            byte[] damaged = original.clone();
            int at = (int) ((long) damaged.length * step / 40);
            damaged[at] ^= 0x20;
            VerificationReport report = verifier.verify("damaged.asice", damaged);
            assertThat(report.valid()).as("byte " + at + " changed").isFalse();
        }
    }

    @Test
    void aSubmissionWhoseRecordedCompletenessContradictsItsAnswersIsInvalid() throws Exception {
        String json = new String(files.get(AsicPackage.JSON), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"complete\" : true");
        byte[] lying = json.replace("\"complete\" : true", "\"complete\" : false").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] resigned = AsicPackageWriter.build(lying, files.get(AsicPackage.PDF), ExchangeFixture.official(), ExchangeFixture.NOW);
        VerificationReport report = verifier.verify("lying.asice", resigned);
        assertThat(english(report)).contains("submission.json: the completeness it records does not match its answers",
                "the submission.json embedded in the PDF differs from the packaged submission.json");
    }

    @Test
    void aZipWhoseCentralDirectoryListsOtherFilesIsInvalid() throws Exception {
        byte[] other = TamperedPackages.zip(otherFiles);
        byte[] appended = java.util.Arrays.copyOf(original, original.length + other.length);
        System.arraycopy(other, 0, appended, original.length, other.length);
        VerificationReport report = verifier.verify("appended.asice", appended);
        assertThat(report.valid()).isFalse();
        assertThat(english(report)).contains("the ZIP's central directory does not match the files it holds");
    }

    @Test
    void aFileThatIsNeitherZipNorPdfIsUnreadable() {
        VerificationReport report = verifier.verify("x.asice", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report.readable()).isFalse();
        assertThat(report.valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"submission.pdf"})
    void theSignedPdfAloneVerifiesAndFailsOnceChanged(String name) throws Exception {
        byte[] pdf = files.get(name);
        VerificationReport report = verifier.verify("copy.pdf", pdf);
        assertThat(report.problems()).isEmpty();
        assertThat(report.kind()).isEqualTo("pdf");
        assertThat(report.fingerprint()).isEqualTo(ExchangeFixture.official().fingerprint());
        byte[] changed = pdf.clone();
        changed[1000] ^= 0x01;
        assertThat(verifier.verify("copy.pdf", changed).valid()).isFalse();
        byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 1);
        appended[pdf.length] = '\n';
        assertThat(english(verifier.verify("copy.pdf", appended))).anyMatch(p -> p.contains("whole file"));
    }

    /** The report's problems as English sentences. */
    private static List<String> english(VerificationReport report) {
        return report.problems().stream().map(UserMessage::english).toList();
    }
}
