package org.msqoffline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.msqoffline.exchange.AsicPackageWriter;
import org.msqoffline.exchange.AtomicFile;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.FileWriteException;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.exchange.IncompleteResponseException;
import org.msqoffline.exchange.PackageVerifier;
import org.msqoffline.exchange.PadesSigner;
import org.msqoffline.exchange.Paper;
import org.msqoffline.exchange.PdfCopy;
import org.msqoffline.exchange.PdfCopyWriter;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.exchange.SubmissionJson;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.CompletenessCheck;
import org.msqoffline.response.Delegation;
import org.msqoffline.response.Problem;
import org.msqoffline.response.ResponseInfo;

/**
 * Sign and export, for the desktop wizard and the command line alike: the completeness gate, the
 * submission JSON, the PDF/A copy, its PAdES signature, the signed ASiC-E package written atomically;
 * an unsigned PDF copy; and verification of a package or signed PDF.
 */
public final class Exports {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final Responses responses;
    private final Clock clock;
    private final Messages messages;

    public Exports(Responses responses, Clock clock, Messages messages) {
        this.responses = responses;
        this.clock = clock;
        this.messages = messages;
    }

    /** The package in bytes, with the name it should be saved under. */
    public record SignedPackage(String fileName, byte[] bytes) {
    }

    /**
     * The signing identity, asked for only when the export first needs it (for the PDF's cover): it may still
     * be being unlocked beside the export's first steps.
     */
    @FunctionalInterface
    public interface IdentitySource {
        SigningIdentity get() throws IdentityException;
    }

    /**
     * Exports a response as a signed package into {@code folder}; returns its path. Refuses an incomplete
     * response unless {@code options.allowIncomplete()}. {@code progress} receives 0..1 as the work goes on.
     */
    public Path export(ResponseInfo response, SigningIdentity identity, Path folder, ExportOptions options, DoubleConsumer progress)
            throws IOException, IdentityException, IncompleteResponseException {
        return export(response, () -> identity, folder, options, progress);
    }

    /** {@link #export(ResponseInfo, SigningIdentity, Path, ExportOptions, DoubleConsumer)} with an identity asked for when needed. */
    public Path export(ResponseInfo response, IdentitySource identity, Path folder, ExportOptions options, DoubleConsumer progress)
            throws IOException, IdentityException, IncompleteResponseException {
        SignedPackage built = build(response, identity, options, progress);
        createFolder(folder);
        Path target = freeName(folder, built.fileName());
        AtomicFile.write(target, built.bytes());
        progress.accept(1.0);
        return target;
    }

    /** Everything {@link #export} does except writing the file. */
    public SignedPackage build(ResponseInfo response, SigningIdentity identity, ExportOptions options, DoubleConsumer progress)
            throws IOException, IdentityException, IncompleteResponseException {
        return build(response, () -> identity, options, progress);
    }

    /** {@link #build(ResponseInfo, SigningIdentity, ExportOptions, DoubleConsumer)} with an identity asked for when needed. */
    public SignedPackage build(ResponseInfo response, IdentitySource identitySource, ExportOptions options, DoubleConsumer progress)
            throws IOException, IdentityException, IncompleteResponseException {
        progress.accept(0.0);
        Questionnaire questionnaire = responses.questionnaireOf(response);
        Optional<Delegation> delegation = responses.receivedDelegation(response);
        Answers answers = delegation.map(d -> delegatedOnly(responses.answers(response), d)).orElseGet(() -> responses.answers(response));
        Completeness completeness = CompletenessCheck.check(questionnaire, answers);
        List<Problem> blocking = blocking(completeness, delegation);
        if (!blocking.isEmpty() && !options.allowIncomplete()) {
            throw new IncompleteResponseException(UserMessage.of("export.incomplete", blocking.size()), blocking);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] json = SubmissionJson.bytes(SubmissionJson.build(questionnaire, response, answers, completeness, now, delegation));
        progress.accept(0.1);
        SigningIdentity identity = identitySource.get();
        byte[] pdf = new PdfCopyWriter(messages).write(new PdfCopy(questionnaire, response.countryIso3(), response.countryName(),
                answers, completeness, json, now, identity.certificate(), options.paper()));
        progress.accept(0.6);
        byte[] signedPdf = PadesSigner.sign(pdf, identity, now, messages.get("exchange.pdf.signReason"));
        progress.accept(0.8);
        byte[] asice = AsicPackageWriter.build(json, signedPdf, identity, now);
        progress.accept(0.95);
        return new SignedPackage(packageName(response.countryIso3(), questionnaire, now, delegation.isPresent()), asice);
    }

    /**
     * What stands in the way of a plain export: the completeness problems of the response or, for a
     * contribution, those of its delegated items. Empty when it can be exported as complete.
     */
    public List<Problem> blockingProblems(ResponseInfo response) {
        Questionnaire questionnaire = responses.questionnaireOf(response);
        Optional<Delegation> delegation = responses.receivedDelegation(response);
        Answers answers = delegation.map(d -> delegatedOnly(responses.answers(response), d)).orElseGet(() -> responses.answers(response));
        return blocking(CompletenessCheck.check(questionnaire, answers), delegation);
    }

    private static List<Problem> blocking(Completeness completeness, Optional<Delegation> delegation) {
        // A contribution answers its delegated items; the rest of the questionnaire is the coordinator's.
        return delegation.map(d -> completeness.problems().stream().filter(p -> d.covers(p.item().id())).toList())
                .orElse(completeness.problems());
    }

    private static Answers delegatedOnly(Answers answers, Delegation delegation) {
        Map<String, AnswerValue> kept = new LinkedHashMap<>();
        answers.byItemId().forEach((itemId, value) -> {
            if (delegation.covers(itemId)) {
                kept.put(itemId, value);
            }
        });
        return new Answers(kept, answers.unconfirmed());
    }

    /** An unsigned PDF copy, marked as such on every page (and as incomplete, if it is). */
    public Path writePdf(ResponseInfo response, Path target, Paper paper) throws IOException {
        Questionnaire questionnaire = responses.questionnaireOf(response);
        Answers answers = responses.answers(response);
        Completeness completeness = CompletenessCheck.check(questionnaire, answers);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] json = SubmissionJson.bytes(SubmissionJson.build(questionnaire, response, answers, completeness, now));
        byte[] pdf = new PdfCopyWriter(messages).write(new PdfCopy(questionnaire, response.countryIso3(), response.countryName(),
                answers, completeness, json, now, null, paper));
        Path absolute = target.toAbsolutePath();
        createFolder(absolute.getParent());
        AtomicFile.write(absolute, pdf);
        return target;
    }

    private static void createFolder(Path folder) throws FileWriteException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FileWriteException(folder, e);
        }
    }

    /** Checks a package or signed PDF; a file that cannot be read at all gives an unreadable report. */
    public VerificationReport verify(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return VerificationReport.unreadable(file.toString(), UserMessage.of("file.isFolder", file.toString()));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return VerificationReport.unreadable(file.toString(), UserMessage.of("file.noSuchFile", file.toString()));
        } catch (IOException e) {
            return VerificationReport.unreadable(file.toString(), UserMessage.of("file.cannotRead", file.toString(), e.getMessage()));
        }
        return verifier(responses).verify(file.toString(), bytes);
    }

    /**
     * Saves the signed PDF copy inside a package next to it ({@code X.asice} gives {@code X.pdf}), for
     * opening and printing; returns its path.
     */
    public Path savePdfCopy(Path asice) throws IOException {
        byte[] pdf = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(asice))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(org.msqoffline.exchange.AsicPackage.PDF)) {
                    pdf = zip.readAllBytes();
                }
            }
        }
        if (pdf == null) {
            throw UserInputException.of("export.noPdfCopy", asice.getFileName().toString());
        }
        String name = asice.getFileName().toString();
        Path target = asice.resolveSibling(name.replaceFirst("\\.asice$", "") + ".pdf");
        AtomicFile.write(target, pdf);
        return target;
    }

    /** The pages of a PDF file as PNG images (at {@code dpi}), for printing. */
    public List<byte[]> pageImages(Path pdf, float dpi) throws IOException {
        return org.msqoffline.exchange.PdfPages.png(Files.readAllBytes(pdf), dpi);
    }

    /** A verifier that knows the definitions of this data folder (and the bundled one). */
    static PackageVerifier verifier(Responses responses) {
        return new PackageVerifier(responses.definitions()::findBySha256);
    }

    /** {@code AZE_msq-2024_20241015-0930.asice}; a contribution's is {@code AZE_msq-2024_contribution_20241015-0930.asice}. */
    public static String packageName(String iso3, Questionnaire questionnaire, Instant time) {
        return packageName(iso3, questionnaire, time, false);
    }

    /** A contribution says so in its name: it goes to the coordinator and must not pass for the country's package. */
    static String packageName(String iso3, Questionnaire questionnaire, Instant time, boolean contribution) {
        return iso3 + "_" + questionnaire.reference() + (contribution ? "_contribution_" : "_") + STAMP.format(time) + ".asice";
    }

    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        String stem = name.substring(0, name.length() - ".asice".length());
        for (int counter = 2; Files.exists(target); counter++) {
            target = folder.resolve(stem + "-" + counter + ".asice");
        }
        return target;
    }
}
