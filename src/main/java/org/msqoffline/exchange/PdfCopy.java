package org.msqoffline.exchange;

import java.security.cert.X509Certificate;
import java.time.Instant;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.Answers;
import org.msqoffline.response.Completeness;

/**
 * What the PDF copy shows: the definition, the country, the answers and their completeness, the exact
 * submission JSON it embeds, and who will sign it ({@code signer} null for an unsigned copy).
 */
public record PdfCopy(Questionnaire questionnaire, String countryIso3, String countryName, Answers answers,
        Completeness completeness, byte[] submissionJson, Instant exported, X509Certificate signer, Paper paper) {

    public boolean unsigned() {
        return signer == null;
    }
}
