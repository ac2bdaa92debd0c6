package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.SampleData;
import org.msqoffline.exchange.ExternalTools;
import org.msqoffline.exchange.TamperedPackages;
import org.msqoffline.json.Json;
import tools.jackson.databind.JsonNode;
import org.msqoffline.cli.CommandLineHarness.Run;

/** identity, export, pdf, verify and demo as a script would use them: output, exit codes, one-line errors. */
class SignExportCommandsTest {
    @TempDir
    Path temp;


    private Run run(String... args) {
        return CommandLineHarness.run(temp.resolve("data"), args);
    }

    private Path passphraseFile(String passphrase) throws Exception {
        Path file = temp.resolve("passphrase-" + passphrase.hashCode() + ".txt");
        Files.writeString(file, passphrase + "\nsecond line is ignored\n");
        return file;
    }

    private Path identity() throws Exception {
        Path p12 = temp.resolve("official.p12");
        Run created = run("identity", "create", "--name", "Aysel Quliyeva", "--email", "aysel@example.az", "--organization", "IDDA",
                "--country", "AZE", "--out", p12.toString(), "--passphrase-file", passphraseFile("open sesame").toString());
        assertThat(created.code()).as(created.err()).isZero();
        return p12;
    }

    private String importSample() throws Exception {
        Path sample = temp.resolve("sample.json");
        Files.write(sample, SampleData.azerbaijan2024());
        return run("response", "import", sample.toString()).out().strip();
    }

    @Test
    void identityCreateThenShowPrintTheSameFingerprintAndNeverThePassphrase() throws Exception {
        Path p12 = temp.resolve("official.p12");
        Run created = run("identity", "create", "--name", "Aysel Quliyeva", "--email", "aysel@example.az", "--organization", "IDDA",
                "--country", "AZE", "--key", "rsa", "--out", p12.toString(), "--passphrase-file", passphraseFile("open sesame").toString());
        assertThat(created.code()).isZero();
        assertThat(created.out()).contains("Aysel Quliyeva <aysel@example.az>, IDDA, AZ").contains("RSA").doesNotContain("open sesame");
        String fingerprint = created.out().lines().filter(l -> l.startsWith("SHA-256:")).findFirst().orElseThrow();
        Run shown = run("identity", "show", p12.toString(), "--passphrase-file", passphraseFile("open sesame").toString());
        assertThat(shown.code()).isZero();
        assertThat(shown.out()).contains(fingerprint);
        Run again = run("identity", "create", "--name", "X", "--email", "x@example.org", "--organization", "O", "--country", "AZE",
                "--out", p12.toString(), "--passphrase-file", passphraseFile("other").toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).startsWith("error: ").contains("exists already");
    }

    @Test
    void wrongOrMissingPassphrasesAreOneLineErrors() throws Exception {
        Path p12 = identity();
        Run wrong = run("identity", "show", p12.toString(), "--passphrase-file", passphraseFile("guess").toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("error: wrong passphrase for " + p12);
        Run unset = run("identity", "show", p12.toString(), "--passphrase-env", "MSQ_TEST_UNSET_PASSPHRASE_VARIABLE");
        assertThat(unset.code()).isEqualTo(2);
        assertThat(unset.err()).contains("MSQ_TEST_UNSET_PASSPHRASE_VARIABLE is not set");
        if (System.console() == null) {
            Run none = run("identity", "show", p12.toString());
            assertThat(none.code()).isEqualTo(2);
            assertThat(none.err()).contains("--passphrase-file");
        }
    }

    @Test
    void exportRefusesAnIncompleteResponseListingTheMissingAnswers() throws Exception {
        Path p12 = identity();
        String id = importSample();
        Path out = temp.resolve("out");
        Run refused = run("export", id, "--identity", p12.toString(), "--passphrase-file", passphraseFile("open sesame").toString(),
                "--out", out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out().lines().toList()).containsExactly("6 contact-respondent: an answer is required",
                "59 d-strategy-exists: an answer is required", "94 d-foresight: an answer is required",
                "126 consent-publish: an answer is required");
        assertThat(refused.err()).startsWith("error: the response is incomplete").contains("--allow-incomplete");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportAsIncompleteThenVerifyAsTextAndJsonAndRefuseATamperedCopy() throws Exception {
        Path p12 = identity();
        String id = importSample();
        Run exported = run("export", id, "--identity", p12.toString(), "--passphrase-file", passphraseFile("open sesame").toString(),
                "--out", temp.resolve("out").toString(), "--allow-incomplete");
        assertThat(exported.code()).as(exported.err()).isZero();
        Path asice = Path.of(exported.out().strip());
        assertThat(asice.getFileName().toString()).matches("AZE_msq-2024_\\d{8}-\\d{4}\\.asice");
        assertThat(asice.getParent().toFile().list()).containsExactly(asice.getFileName().toString());

        Run verified = run("verify", asice.toString());
        assertThat(verified.code()).isZero();
        assertThat(verified.out()).contains("Signer:        Aysel Quliyeva <aysel@example.az>, IDDA, AZ")
                .contains("Completeness:  INCOMPLETE, 4 required answers to do").endsWith("VALID\n");
        JsonNode json = Json.read(run("verify", asice.toString(), "--json").out().getBytes(StandardCharsets.UTF_8));
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("fingerprint").asString()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(json.at("/completeness/complete").asBoolean()).isFalse();

        byte[] bytes = Files.readAllBytes(asice);
        bytes[bytes.length / 2] ^= 0x01;
        Path tampered = temp.resolve("tampered.asice");
        Files.write(tampered, bytes);
        Run refused = run("verify", tampered.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("INVALID");
        Run tamperedJson = run("verify", tampered.toString(), "--json");
        assertThat(tamperedJson.code()).isEqualTo(1);
        assertThat(Json.read(tamperedJson.out().getBytes(StandardCharsets.UTF_8)).get("valid").asBoolean()).isFalse();
    }

    @Test
    void verifySaysUnreadableWithExitTwo() throws Exception {
        Run missing = run("verify", temp.resolve("nothing.asice").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: no such file");
        Path text = temp.resolve("notes.asice");
        Files.writeString(text, "not a package");
        Run garbage = run("verify", text.toString());
        assertThat(garbage.code()).isEqualTo(2);
        assertThat(garbage.err().lines().count()).isEqualTo(1);
    }

    @Test
    void pdfWritesAnUnsignedCopyOnLetterPaper() throws Exception {
        String id = importSample();
        Path pdf = temp.resolve("copies").resolve("copy.pdf");
        Run written = run("pdf", id, "--out", pdf.toString(), "--paper", "letter");
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7").doesNotContain("/Version /1.4");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertThat(run("pdf", id, "--out", pdf.toString(), "--paper", "a3").code()).isEqualTo(2);
        Run verified = run("verify", pdf.toString());
        assertThat(verified.code()).isEqualTo(1);
        assertThat(verified.out()).contains("is not signed");
    }

    @Test
    void demoDoesTheWholeJobAndVerifiesIt() {
        Path out = temp.resolve("demo");
        Run demo = run("demo", "--out", out.toString());
        assertThat(demo.code()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out()).contains("Throwaway identity").contains("certificate SHA-256").endsWith("VALID\n");
        assertThat(out.toFile().list()).singleElement().asString().endsWith(".asice");
    }

    @Test
    void theDemoPackageIsAcceptedByOpensslPdfsigAndVeraPdf() throws Exception {
        Path out = temp.resolve("demo");
        assertThat(run("demo", "--out", out.toString()).code()).isZero();
        Path asice = Files.list(out).findFirst().orElseThrow();
        Path unpacked = Files.createDirectories(temp.resolve("unpacked/META-INF"));
        for (var file : TamperedPackages.read(Files.readAllBytes(asice)).entrySet()) {
            Files.write(temp.resolve("unpacked").resolve(file.getKey()), file.getValue());
        }
        Path folder = temp.resolve("unpacked");
        ExternalTools.Result certificate = ExternalTools.run(folder, "openssl", "pkcs7", "-inform", "DER", "-print_certs",
                "-in", "META-INF/signature001.p7s", "-out", "signer.pem");
        assertThat(certificate.code()).as(certificate.output()).isZero();
        ExternalTools.Result cms = ExternalTools.run(folder, "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", "META-INF/signature001.p7s", "-content", "META-INF/ASiCManifest.xml", "-CAfile", "signer.pem", "-out", "/dev/null");
        assertThat(cms.code()).as(cms.output()).isZero();
        ExternalTools.Result pdfsig = ExternalTools.run(folder, "pdfsig", "submission.pdf");
        assertThat(pdfsig.output()).contains("Signature is Valid.");
        ExternalTools.assertPdfA3aAndPdfUa1(folder.resolve("submission.pdf"));
    }
}
