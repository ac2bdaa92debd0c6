package org.msqoffline.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.msqoffline.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of checking a package or a signed PDF: valid or not with every reason, who signed it and
 * when, and what the submission says about its completeness. {@code readable} is false when the file
 * is not a package or PDF at all. {@code submissionJson} is what was checked (see {@link #verifiedSubmission()}).
 */
public record VerificationReport(String file, String kind, boolean readable, List<String> problems, List<String> notes,
        String signer, String fingerprint, Instant signingTime, String questionnaire, String country,
        Boolean complete, Integer answered, Integer required, Integer missing, byte[] submissionJson) {

    public VerificationReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean valid() {
        return readable && problems.isEmpty();
    }

    /** The submission JSON the signature covers, only when everything checked out. */
    public Optional<byte[]> verifiedSubmission() {
        return valid() && submissionJson != null ? Optional.of(submissionJson.clone()) : Optional.empty();
    }

    public static VerificationReport unreadable(String file, String reason) {
        return new VerificationReport(file, "unknown", false, List.of(reason), List.of(), null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The report as JSON, for scripts ({@code verify --json}). */
    public ObjectNode toJson() {
        ObjectNode root = Json.object();
        root.put("file", file);
        root.put("kind", kind);
        root.put("valid", valid());
        root.put("readable", readable);
        root.put("signer", signer);
        root.put("fingerprint", fingerprint);
        root.put("signingTime", signingTime == null ? null : signingTime.toString());
        root.put("questionnaire", questionnaire);
        root.put("country", country);
        ObjectNode completeness = root.putObject("completeness");
        completeness.put("complete", complete);
        completeness.put("answered", answered);
        completeness.put("required", required);
        completeness.put("missing", missing);
        ArrayNode reasons = root.putArray("problems");
        problems.forEach(reasons::add);
        ArrayNode remarks = root.putArray("notes");
        notes.forEach(remarks::add);
        return root;
    }
}
