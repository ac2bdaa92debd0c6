package org.msqoffline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.exchange.ExternalTools.Result;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.Section;
import tools.jackson.databind.JsonNode;

/**
 * One complete response with answers in many scripts, exported once and checked by our verifier and by
 * free tools: openssl cms, poppler's pdfsig, veraPDF; its text extracted and its pages rendered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedPackageInteropTest {
    private Path asice;
    private Path unpacked;
    private byte[] json;
    private byte[] pdf;
    private Questionnaire questionnaire;
    private String text;

    @BeforeAll
    void export(@TempDir Path temp) throws Exception {
        try (ExchangeFixture fixture = new ExchangeFixture(temp.resolve("data")).complete().multiScript()) {
            asice = fixture.exports().export(fixture.response, ExchangeFixture.official(), temp.resolve("out"),
                    ExportOptions.defaults(), progress -> { });
            questionnaire = fixture.responses.questionnaireOf(fixture.response);
        }
        unpacked = Files.createDirectories(temp.resolve("unpacked"));
        Map<String, byte[]> files = TamperedPackages.read(Files.readAllBytes(asice));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = unpacked.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        json = files.get(AsicPackage.JSON);
        pdf = files.get(AsicPackage.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        Files.writeString(unpacked.resolve("official.pem"), TamperedPackages.pem(ExchangeFixture.official().certificate()));
    }

    @Test
    void packageIsNamedByCountryQuestionnaireAndTime() {
        assertThat(asice.getFileName().toString()).isEqualTo("AZE_msq-2024_20261127-1350.asice");
    }

    @Test
    void mimetypeIsTheFirstFileStoredUncompressedWithoutExtraField() throws Exception {
        byte[] bytes = Files.readAllBytes(asice);
        assertThat(new String(bytes, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(bytes[8] | bytes[9] << 8).as("compression method").isZero();
        assertThat(bytes[28] | bytes[29] << 8).as("extra field length").isZero();
        assertThat(new String(bytes, 38, AsicPackage.MIMETYPE.length(), StandardCharsets.US_ASCII)).isEqualTo(AsicPackage.MIMETYPE);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("mimetype", "submission.json", "submission.pdf", "META-INF/ASiCManifest.xml",
                "META-INF/signature001.p7s");
    }

    @Test
    void ourVerifierAcceptsItAndNamesTheSigner() throws Exception {
        VerificationReport report = new PackageVerifier(sha -> java.util.Optional.of(questionnaire)).verify("p", Files.readAllBytes(asice));
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signer()).startsWith("Leyla Mammadova <leyla.mammadova@example.az>");
        assertThat(report.fingerprint()).isEqualTo(ExchangeFixture.official().fingerprint());
        assertThat(report.signingTime()).isEqualTo(ExchangeFixture.NOW);
        assertThat(report.complete()).isTrue();
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void opensslAcceptsTheManifestSignatureAndTheDigestsMatchTheFiles() throws Exception {
        Result verify = ExternalTools.run(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", "META-INF/signature001.p7s", "-content", "META-INF/ASiCManifest.xml", "-CAfile", "official.pem",
                "-out", "/dev/null");
        assertThat(verify.code()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("Verification successful");
        String manifest = Files.readString(unpacked.resolve(AsicPackage.MANIFEST));
        for (String file : List.of(AsicPackage.JSON, AsicPackage.PDF)) {
            Result digest = ExternalTools.run(unpacked, "openssl", "dgst", "-sha256", "-binary", "-out", file + ".sha256", file);
            assertThat(digest.code()).isZero();
            String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(unpacked.resolve(file + ".sha256")));
            assertThat(manifest).contains("URI=\"" + file + "\"").contains("<ds:DigestValue>" + base64 + "</ds:DigestValue>");
        }
    }

    @Test
    void opensslRefusesAChangedManifest() throws Exception {
        Path changed = unpacked.resolve("changed-manifest.xml");
        Files.writeString(changed, Files.readString(unpacked.resolve(AsicPackage.MANIFEST)).replace("submission.pdf", "submission.pdx"));
        Result verify = ExternalTools.run(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", "META-INF/signature001.p7s", "-content", changed.toString(), "-CAfile", "official.pem", "-out", "/dev/null");
        assertThat(verify.code()).isNotZero();
    }

    @Test
    void pdfsigSaysTheSignatureIsValidAndRefusesAChangedCopy() throws Exception {
        Result valid = ExternalTools.run(unpacked, "pdfsig", "submission.pdf");
        assertThat(valid.output()).contains("Signature is Valid.").contains("ETSI.CAdES.detached").contains("Leyla Mammadova");
        byte[] changed = pdf.clone();
        changed[1000] ^= 0x01;
        Files.write(unpacked.resolve("changed.pdf"), changed);
        Result invalid = ExternalTools.run(unpacked, "pdfsig", "changed.pdf");
        assertThat(invalid.output()).doesNotContain("Signature is Valid.");
    }

    @Test
    void veraPdfFindsTheSignedCopyPdfA3aAndPdfUa1() throws Exception {
        ExternalTools.assertPdfA3aAndPdfUa1(unpacked.resolve(AsicPackage.PDF));
    }

    @Test
    void theXmpMetadataReadsBackWithXmpboxAsPdfA3aAndPdfUa1() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] packet = document.getDocumentCatalog().getMetadata().toByteArray();
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(packet);
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            assertThat(new String(packet, StandardCharsets.UTF_8)).contains("<pdfuaid:part>1</pdfuaid:part>");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(document.getDocumentInformation().getTitle());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(ExchangeFixture.NOW);
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo("MSQ Offline");
        }
    }

    @Test
    void theEmbeddedJsonIsThePackagedJsonAndAnAssociatedFile() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PackageVerifier.embeddedJson(document)).isEqualTo(json);
            var associated = document.getDocumentCatalog().getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("AF"));
            assertThat(associated).isNotNull();
            var file = (org.apache.pdfbox.cos.COSDictionary) associated.getObject(0);
            assertThat(file.getNameAsString("AFRelationship")).isEqualTo("Data");
            assertThat(file.getString(org.apache.pdfbox.cos.COSName.UF)).isEqualTo("submission.json");
        }
    }

    @Test
    void extractedTextHoldsEveryScriptExactlyAndArabicInLogicalOrder() {
        assertThat(text).contains(ExchangeFixture.CHINESE).contains(ExchangeFixture.RUSSIAN).contains(ExchangeFixture.AZERBAIJANI);
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains(ExchangeFixture.ARABIC);
        assertThat(text).contains("Правительство").contains("E-government /");
    }

    @Test
    void anEmojiIsReplacedInThePdfAndKeptInTheJson() {
        assertThat(new String(json, StandardCharsets.UTF_8)).contains(ExchangeFixture.EMOJI);
        assertThat(text).doesNotContain("🙂").contains("Open data portal \uFFFD works");
    }

    @Test
    void everyItemAppearsInOrderWithPageNumbersAndSectionBookmarks() throws Exception {
        String flat = text.replaceAll("\\s+", " ");
        int from = 0;
        for (Item item : questionnaire.items()) {
            String words = String.join(" ", List.of(item.text().english().split("\\s+")).subList(0,
                    Math.min(3, item.text().english().split("\\s+").length)));
            int at = flat.indexOf(words, from);
            assertThat(at).as("item " + item.number() + " (" + words + ") in order").isGreaterThanOrEqualTo(0);
            from = at;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(flat).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            List<String> expected = new ArrayList<>(List.of("Cover"));
            questionnaire.sections().stream().map(s -> s.displayTitle("en")).forEach(expected::add);
            assertThat(bookmarks).containsExactlyElementsOf(expected);
            List<String> links = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).contains("https://www.e-gov.az/en", "https://my.gov.az/intro/");
        }
        assertThat(flat).contains("Not shown: the condition on question");
        assertThat(flat).doesNotContain("INCOMPLETE").doesNotContain("UNSIGNED");
        for (Section section : questionnaire.sections()) {
            assertThat(flat).contains(section.displayTitle("en"));
        }
    }

    @Test
    void theCoverNamesCountryRespondentCompletenessDigestAndSigner() throws Exception {
        String cover = text.substring(0, text.indexOf("Page 1 of"));
        assertThat(cover).contains("Azerbaijan (AZE)").contains("Shahin Aliyev").contains("Complete: 109 of 109")
                .contains(PdfCopyWriter.sha256Hex(json).substring(0, 40)).contains("Leyla Mammadova");
        assertThat(cover.replaceAll("\\s+", "")).contains(ExchangeFixture.officialFingerprint());
    }

    @Test
    void pagesRenderWithArabicChineseAndAzerbaijani() throws Exception {
        Path pages = Files.createDirectories(Path.of("target", "exchange-pages"));
        Files.write(pages.resolve("multiscript.pdf"), pdf);
        Result render = ExternalTools.run(pages, "pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", "multiscript.pdf", "page");
        assertThat(render.code()).as(render.output()).isZero();
        assertThat(pages.resolve("page-01.png")).isNotEmptyFile();
        JsonNode answers = Json.read(json).get("answers");
        assertThat(answers.get("a-portal-eservices").asString()).isEqualTo(ExchangeFixture.ARABIC);
    }
}
