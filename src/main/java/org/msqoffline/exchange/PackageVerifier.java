package org.msqoffline.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.CompletenessCheck;
import tools.jackson.databind.JsonNode;

/**
 * Checks a submission package (.asice) or a signed PDF copy: container layout, every digest, the CMS
 * signature over the manifest, the PDF signature, the submission JSON against its schema and (when
 * known here) its questionnaire, and that the JSON inside the PDF is the packaged one.
 */
public final class PackageVerifier {
    private static final Set<String> PACKAGE_FILES = Set.of(AsicPackage.MIMETYPE_ENTRY, AsicPackage.JSON, AsicPackage.PDF,
            AsicPackage.MANIFEST, AsicPackage.SIGNATURE);
    private static final long MAX_ENTRY = 64L * 1024 * 1024;

    private final Function<String, Optional<Questionnaire>> definitions;

    /** @param definitions the questionnaire definitions known here, by SHA-256 (empty when unknown). */
    public PackageVerifier(Function<String, Optional<Questionnaire>> definitions) {
        this.definitions = definitions;
    }

    public VerificationReport verify(String fileName, byte[] bytes) {
        try {
            return check(fileName, bytes);
        } catch (RuntimeException e) {
            // Whatever a crafted file makes a parser do, the answer is INVALID with a reason, never a crash.
            return new VerificationReport(fileName, startsWith(bytes, "%PDF-") ? "pdf" : "asice", true,
                    List.of(UserMessage.of("verify.uncheckable", e.getClass().getSimpleName(), e.getMessage())),
                    List.of(), null, null, null, null, null, null, null, null, null, null);
        }
    }

    private VerificationReport check(String fileName, byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return verifyPdfFile(fileName, bytes);
        }
        if (startsWith(bytes, "PK")) {
            return verifyPackage(fileName, bytes);
        }
        return VerificationReport.unreadable(fileName, UserMessage.of("verify.neitherPackageNorPdf", fileName));
    }

    /** What the checks found so far. */
    private static final class Findings {
        final List<UserMessage> problems = new ArrayList<>();
        final List<UserMessage> notes = new ArrayList<>();
        String signer;
        String fingerprint;
        Instant signingTime;
        String questionnaire;
        String country;
        Boolean complete;
        Integer answered;
        Integer required;
        Integer missing;
        byte[] submissionJson;

        VerificationReport report(String file, String kind) {
            return new VerificationReport(file, kind, true, problems, notes, signer, fingerprint, signingTime, questionnaire, country,
                    complete, answered, required, missing, submissionJson);
        }
    }

    private VerificationReport verifyPackage(String fileName, byte[] bytes) {
        Findings findings = new Findings();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ReadEntry> read = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            boolean first = true;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] content = zip.readNBytes((int) MAX_ENTRY + 1);
                if (content.length > MAX_ENTRY) {
                    findings.problems.add(UserMessage.of("verify.entryTooLarge", entry.getName()));
                    break;
                }
                if (first) {
                    if (!AsicPackage.MIMETYPE_ENTRY.equals(entry.getName())) {
                        findings.problems.add(UserMessage.of("verify.mimetypeNotFirst", entry.getName()));
                    } else if (entry.getMethod() != ZipEntry.STORED) {
                        findings.problems.add(UserMessage.of("verify.mimetypeCompressed"));
                    }
                    first = false;
                }
                if (files.containsKey(entry.getName())) {
                    findings.problems.add(UserMessage.of("verify.entryTwice", entry.getName()));
                }
                if (!PACKAGE_FILES.contains(entry.getName())) {
                    findings.problems.add(UserMessage.of("verify.unexpectedEntry", entry.getName()));
                }
                files.put(entry.getName(), content);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(content);
                read.add(new ReadEntry(entry.getName(), crc.getValue(), content.length));
                total += content.length;
                if (total > 4 * MAX_ENTRY) {
                    findings.problems.add(UserMessage.of("verify.packageTooLarge"));
                    break;
                }
            }
            if (files.isEmpty()) {
                return VerificationReport.unreadable(fileName, UserMessage.of("verify.notZip", fileName));
            }
            if (!centralDirectoryMatches(bytes, read)) {
                // Tools that read the central directory (unzip, file managers) would see other files than we checked.
                findings.problems.add(UserMessage.of("verify.centralDirectoryMismatch"));
            }
        } catch (IOException | IllegalArgumentException e) {
            findings.problems.add(UserMessage.of("verify.zipDamaged", e.getMessage()));
            return findings.report(fileName, "asice");
        }
        for (String name : List.of(AsicPackage.MIMETYPE_ENTRY, AsicPackage.JSON, AsicPackage.PDF, AsicPackage.MANIFEST,
                AsicPackage.SIGNATURE)) {
            if (!files.containsKey(name)) {
                findings.problems.add(UserMessage.of("verify.entryMissing", name));
            }
        }
        byte[] mimetype = files.get(AsicPackage.MIMETYPE_ENTRY);
        if (mimetype != null && !AsicPackage.MIMETYPE.equals(new String(mimetype, StandardCharsets.US_ASCII))) {
            findings.problems.add(UserMessage.of("verify.wrongMimetype", AsicPackage.MIMETYPE));
        }
        byte[] manifestBytes = files.get(AsicPackage.MANIFEST);
        byte[] signature = files.get(AsicPackage.SIGNATURE);
        CadesSignature.Check manifestCheck = null;
        if (manifestBytes != null && signature != null) {
            manifestCheck = CadesSignature.verify(signature, manifestBytes);
            manifestCheck.problems().forEach(p -> findings.problems.add(UserMessage.of("verify.manifestSignature", p)));
            if (manifestCheck.signer() != null) {
                findings.signer = SigningIdentity.describe(manifestCheck.signer());
                findings.fingerprint = SigningIdentity.fingerprint(manifestCheck.signer());
            }
            findings.signingTime = manifestCheck.signingTime();
            if (manifestCheck.signingTime() == null) {
                findings.problems.add(UserMessage.of("verify.manifestSignature", UserMessage.of("verify.noSigningTime")));
            }
        }
        if (manifestBytes != null) {
            checkManifest(manifestBytes, files, findings);
        }
        byte[] json = files.get(AsicPackage.JSON);
        byte[] pdf = files.get(AsicPackage.PDF);
        if (pdf != null) {
            PdfFindings pdfFindings = checkPdf(pdf, "submission.pdf", findings);
            if (pdfFindings.certificate != null && manifestCheck != null && manifestCheck.signer() != null
                    && !pdfFindings.certificate.equals(manifestCheck.signer())) {
                findings.problems.add(UserMessage.of("verify.pdfOtherCertificate"));
            }
            if (json != null && pdfFindings.embeddedJson != null && !Arrays.equals(json, pdfFindings.embeddedJson)) {
                findings.problems.add(UserMessage.of("verify.embeddedJsonDiffers"));
            }
        }
        if (json != null) {
            checkJson(json, "submission.json", findings);
        }
        return findings.report(fileName, "asice");
    }

    /**
     * Whether the central directory lists exactly the entries read in order (name, CRC-32, size), so that
     * what a central-directory reader extracts is what was checked here.
     */
    static boolean centralDirectoryMatches(byte[] zip, List<ReadEntry> read) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
            if (buffer.getInt(at) == 0x06054b50) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        int count = buffer.getShort(end + 10) & 0xFFFF;
        long offset = buffer.getInt(end + 16) & 0xFFFFFFFFL;
        if (count != read.size() || offset >= end) {
            return false;
        }
        int at = (int) offset;
        for (ReadEntry expected : read) {
            if (at + 46 > end || buffer.getInt(at) != 0x02014b50) {
                return false;
            }
            long crc = buffer.getInt(at + 16) & 0xFFFFFFFFL;
            long size = buffer.getInt(at + 24) & 0xFFFFFFFFL;
            int nameLength = buffer.getShort(at + 28) & 0xFFFF;
            int extraLength = buffer.getShort(at + 30) & 0xFFFF;
            int commentLength = buffer.getShort(at + 32) & 0xFFFF;
            if (at + 46 + nameLength > end) {
                return false;
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (!name.equals(expected.name()) || crc != expected.crc() || size != expected.size()) {
                return false;
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return at == end;
    }

    /** An entry as read from the ZIP's local headers, to compare with its central directory. */
    record ReadEntry(String name, long crc, long size) {
    }

    private static void checkManifest(byte[] manifestBytes, Map<String, byte[]> files, Findings findings) {
        AsicPackage.Manifest manifest;
        try {
            manifest = AsicPackage.readManifest(manifestBytes);
        } catch (AsicPackage.UnreadableManifestException e) {
            findings.problems.add(UserMessage.of("verify.manifest.unreadable", e.reason()));
            return;
        }
        if (!AsicPackage.SIGNATURE.equals(manifest.signature())) {
            findings.problems.add(UserMessage.of("verify.manifest.signatureNotNamed", AsicPackage.SIGNATURE));
        }
        if (!manifest.sha256ByName().keySet().equals(Set.of(AsicPackage.JSON, AsicPackage.PDF))) {
            findings.problems.add(UserMessage.of("verify.manifest.wrongFiles", String.valueOf(manifest.sha256ByName().keySet())));
        }
        for (Map.Entry<String, byte[]> reference : manifest.sha256ByName().entrySet()) {
            byte[] content = files.get(reference.getKey());
            if (reference.getValue() == null) {
                findings.problems.add(UserMessage.of("verify.manifest.noDigest", reference.getKey()));
            } else if (content != null && !MessageDigest.isEqual(reference.getValue(), AsicPackageWriter.sha256(content))) {
                findings.problems.add(UserMessage.of("verify.digestMismatch", reference.getKey()));
            }
        }
    }

    /** What the PDF check yields for the package check. */
    private static final class PdfFindings {
        java.security.cert.X509Certificate certificate;
        byte[] embeddedJson;
    }

    private static PdfFindings checkPdf(byte[] pdf, String name, Findings findings) {
        PdfFindings result = new PdfFindings();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                findings.problems.add(UserMessage.of("verify.pdf.notSigned", name));
            } else if (signatures.size() > 1) {
                findings.problems.add(UserMessage.of("verify.pdf.signatureCount", name, signatures.size()));
            } else {
                PDSignature signature = signatures.get(0);
                if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
                    findings.problems.add(UserMessage.of("verify.pdf.notPades", name));
                }
                int[] range = signature.getByteRange();
                if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                        || (long) range[2] + range[3] != pdf.length) {
                    findings.problems.add(UserMessage.of("verify.pdf.notWholeFile", name));
                } else {
                    CadesSignature.Check check = CadesSignature.verify(withoutPadding(signature.getContents()), signature.getSignedContent(pdf));
                    check.problems().forEach(p -> findings.problems.add(UserMessage.of("verify.pdf.signature", name, p)));
                    result.certificate = check.signer();
                    if (check.signer() != null && findings.signer == null) {
                        findings.signer = SigningIdentity.describe(check.signer());
                        findings.fingerprint = SigningIdentity.fingerprint(check.signer());
                    }
                    if (signature.getSignDate() != null && findings.signingTime == null) {
                        findings.signingTime = signature.getSignDate().toInstant();
                    }
                }
            }
            result.embeddedJson = embeddedJson(document);
            if (result.embeddedJson == null) {
                findings.problems.add(UserMessage.of("verify.pdf.noEmbeddedJson", name));
            }
        } catch (IOException | RuntimeException e) {
            findings.problems.add(UserMessage.of("verify.pdf.unreadable", name, e.getMessage()));
        }
        return result;
    }

    /** The submission JSON embedded in a PDF copy, or null. */
    public static byte[] embeddedJson(PDDocument document) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return null;
        }
        PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
        Map<String, PDComplexFileSpecification> files = tree.getNames();
        PDComplexFileSpecification file = files == null ? null : files.get(AsicPackage.JSON);
        if (file == null) {
            return null;
        }
        PDEmbeddedFile embedded = file.getEmbeddedFileUnicode() != null ? file.getEmbeddedFileUnicode() : file.getEmbeddedFile();
        return embedded == null ? null : embedded.toByteArray();
    }

    private VerificationReport verifyPdfFile(String fileName, byte[] bytes) {
        Findings findings = new Findings();
        PdfFindings pdf = checkPdf(bytes, fileName, findings);
        if (pdf.embeddedJson != null) {
            checkJson(pdf.embeddedJson, UserMessage.of("verify.embeddedJson"), findings);
        }
        return findings.report(fileName, "pdf");
    }

    /** @param name what the JSON is called in problems: a file name, or a description said in the reader's language */
    private void checkJson(byte[] json, Object name, Findings findings) {
        Submission submission;
        try {
            submission = SubmissionJson.parse(json);
        } catch (InvalidSubmissionException e) {
            e.problems().forEach(p -> findings.problems.add(UserMessage.of("verify.inFile", name, p)));
            return;
        }
        findings.submissionJson = json;
        findings.questionnaire = submission.questionnaireId() + "-" + submission.edition() + " (" + submission.version() + ")";
        findings.country = submission.countryName() + " (" + submission.countryIso3() + ")";
        JsonNode completeness = submission.document().get("completeness");
        if (completeness != null) {
            findings.complete = completeness.get("complete").asBoolean();
            findings.answered = completeness.get("answered").asInt();
            findings.required = completeness.get("required").asInt();
            findings.missing = completeness.get("missing").size() + completeness.get("invalid").size();
        }
        Optional<Questionnaire> questionnaire = definitions.apply(submission.questionnaireSha256());
        if (questionnaire.isEmpty()) {
            findings.notes.add(UserMessage.of("verify.unknownQuestionnaire", findings.questionnaire));
            return;
        }
        try {
            Map<String, AnswerValue> typed = SubmissionJson.answers(submission, questionnaire.get());
            Set<String> unconfirmed = new java.util.HashSet<>();
            if (completeness != null) {
                completeness.path("unconfirmed").forEach(item -> unconfirmed.add(item.asString()));
            }
            Completeness actual = CompletenessCheck.check(questionnaire.get(), new Answers(typed, unconfirmed));
            if (completeness != null && (actual.complete() != findings.complete
                    || actual.missing().size() != completeness.get("missing").size())) {
                findings.problems.add(UserMessage.of("verify.completenessMismatch", name));
            }
        } catch (InvalidSubmissionException e) {
            e.problems().forEach(p -> findings.problems.add(UserMessage.of("verify.inFile", name, p)));
        }
    }

    /** Whether the bytes are a signed package (a ZIP) or a PDF, the two kinds of file this verifier reads. */
    public static boolean isPackageOrPdf(byte[] bytes) {
        return startsWith(bytes, "PK") || startsWith(bytes, "%PDF-");
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= expected.length && Arrays.equals(Arrays.copyOf(bytes, expected.length), expected);
    }

    /** The CMS inside a PDF's /Contents, without the zeros that pad the space reserved for it. */
    static byte[] withoutPadding(byte[] contents) {
        if (contents.length < 2 || contents[0] != 0x30) {
            return contents;
        }
        int first = contents[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int count = first & 0x7F;
            if (count == 0 || count > 4 || contents.length < 2 + count) {
                return contents;
            }
            length = 0;
            for (int index = 0; index < count; index++) {
                length = (length << 8) | (contents[2 + index] & 0xFF);
            }
            header = 2 + count;
        }
        long end = header + length;
        if (end > contents.length) {
            return contents;
        }
        for (long index = end; index < contents.length; index++) {
            if (contents[(int) index] != 0) {
                return contents;
            }
        }
        return Arrays.copyOf(contents, (int) end);
    }
}
