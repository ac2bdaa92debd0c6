package org.msqoffline.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signs a PDF as PAdES baseline B (ETSI.CAdES.detached with signing-certificate-v2), appended as an
 * incremental update so the PDF/A copy underneath stays byte for byte as written.
 */
public final class PadesSigner {
    // Room for the CMS: certificate chain plus signature; no timestamp is embedded.
    private static final int SIGNATURE_SIZE = 10_000;

    private PadesSigner() {
    }

    public static byte[] sign(byte[] pdf, SigningIdentity identity, Instant time, String reason) throws IOException, IdentityException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(SigningIdentity.commonName(identity.certificate()));
            signature.setReason(reason);
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            calendar.setTimeInMillis(time.toEpochMilli() / 1000 * 1000);
            signature.setSignDate(calendar);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 3);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, options);
                // PDF/A wants every annotation printable, the invisible signature widget included.
                for (PDField field : document.getDocumentCatalog().getAcroForm(null).getFields()) {
                    if (field instanceof PDSignatureField signatureField) {
                        signatureField.getWidgets().forEach(widget -> widget.setPrinted(true));
                        PDSignature value = signatureField.getValue();
                        if (value != null && value.getCOSObject() == signature.getCOSObject()) {
                            // PDF/UA: the field is named for assistive technology, its widget is tagged.
                            signatureField.setAlternateFieldName(reason);
                            LogicalStructure.tagWidget(document, signatureField.getWidgets().get(0));
                        }
                    }
                }
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] cms = CadesSignature.sign(external.getContent().readAllBytes(), identity, null);
                external.setSignature(cms);
            }
            return out.toByteArray();
        }
    }
}
