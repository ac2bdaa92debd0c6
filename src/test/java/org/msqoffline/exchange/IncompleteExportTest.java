package org.msqoffline.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.Exports;
import org.msqoffline.i18n.Messages;
import org.msqoffline.json.Json;
import org.msqoffline.response.Problem;
import tools.jackson.databind.JsonNode;

/** Final or incomplete: an incomplete response is refused unless exported as incomplete, then marked everywhere. */
class IncompleteExportTest {
    @TempDir
    Path temp;

    @Test
    void anIncompleteResponseIsRefusedListingWhatIsMissingAndNothingIsWritten() throws Exception {
        try (ExchangeFixture fixture = new ExchangeFixture(temp.resolve("data"))) {
            Path out = temp.resolve("out");
            assertThatThrownBy(() -> fixture.exports().export(fixture.response, ExchangeFixture.official(), out,
                    ExportOptions.defaults(), p -> { }))
                    .isInstanceOfSatisfying(IncompleteResponseException.class, e -> assertThat(e.problems())
                            .extracting(Problem::item).extracting(item -> item.id())
                            .containsExactly("contact-respondent", "d-strategy-exists", "d-foresight", "consent-publish"))
                    .hasMessageContaining("4 required answers");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void exportedAsIncompleteThePdfSaysSoOnEveryPageAndTheJsonRecordsIt() throws Exception {
        try (ExchangeFixture fixture = new ExchangeFixture(temp.resolve("data"))) {
            java.util.List<Double> progress = new java.util.ArrayList<>();
            Path asice = fixture.exports().export(fixture.response, ExchangeFixture.official(), temp.resolve("out"),
                    new ExportOptions(true, Paper.LETTER), progress::add);
            assertThat(progress).startsWith(0.0).endsWith(1.0).isSorted();
            Map<String, byte[]> files = TamperedPackages.read(Files.readAllBytes(asice));
            JsonNode completeness = Json.read(files.get(AsicPackage.JSON)).get("completeness");
            assertThat(completeness.get("complete").asBoolean()).isFalse();
            assertThat(completeness.get("missing")).hasSize(4);
            try (PDDocument document = Loader.loadPDF(files.get(AsicPackage.PDF))) {
                assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(document)).as("page " + page).contains("INCOMPLETE: 4 required answers missing");
                }
                stripper.setStartPage(1);
                stripper.setEndPage(Integer.MAX_VALUE);
                assertThat(stripper.getText(document)).contains("Unanswered (required)").contains("Incomplete: 105 of 109");
            }
            VerificationReport report = fixture.exports().verify(asice);
            assertThat(report.valid()).isTrue();
            assertThat(report.complete()).isFalse();
            assertThat(report.missing()).isEqualTo(4);
        }
    }

    @Test
    void theUnsignedCopyIsMarkedOnEveryPageAndIsPdfA3b() throws Exception {
        try (ExchangeFixture fixture = new ExchangeFixture(temp.resolve("data")).complete()) {
            Path pdf = fixture.exports().writePdf(fixture.response, temp.resolve("copy.pdf"), Paper.A4);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(document)).as("page " + page).contains("UNSIGNED COPY").doesNotContain("INCOMPLETE");
                }
                assertThat(new String(PackageVerifier.embeddedJson(document), StandardCharsets.UTF_8)).contains("\"complete\" : true");
            }
            VerificationReport report = fixture.exports().verify(pdf);
            assertThat(report.valid()).isFalse();
            assertThat(report.problems()).anyMatch(p -> p.english().contains("is not signed"));
            ExternalTools.assertPdfA3aAndPdfUa1(pdf);
        }
    }

    @Test
    void aMarkerTooLongForOneLineIsKeptWholeOnEveryPage() throws Exception {
        try (ExchangeFixture fixture = new ExchangeFixture(temp.resolve("data"))) {
            Messages french = Messages.forLocale(Locale.FRENCH);
            Exports inFrench = new Exports(fixture.responses, Clock.fixed(ExchangeFixture.NOW, ZoneOffset.UTC), french);
            Path pdf = inFrench.writePdf(fixture.response, temp.resolve("copie.pdf"), Paper.A4);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(document).replaceAll("\\s+", " ");
                    assertThat(text).as("page " + page).contains(french.get("exchange.pdf.incomplete", 4))
                            .contains(french.get("exchange.pdf.unsigned"));
                }
            }
        }
    }
}
