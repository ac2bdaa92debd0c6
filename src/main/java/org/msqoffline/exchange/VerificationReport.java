package org.msqoffline.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of checking a package or a signed PDF: valid or not with every reason, who signed it and
 * when, and what the submission says about its completeness. {@code readable} is false when the file
 * is not a package or PDF at all. {@code submissionJson} is what was checked (see {@link #verifiedSubmission()}).
 * Problems and notes are sentences each front end says in its language.
 */
public record VerificationReport(String file, String kind, boolean readable, List<UserMessage> problems, List<UserMessage> notes,
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

    public static VerificationReport unreadable(String file, UserMessage reason) {
        return new VerificationReport(file, "unknown", false, List.of(reason), List.of(), null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The report as JSON, for scripts ({@code verify --json}); problems and notes in the language of {@code messages}. */
    public ObjectNode toJson(Messages messages) {
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
        problems.forEach(problem -> reasons.add(problem.in(messages)));
        ArrayNode remarks = root.putArray("notes");
        notes.forEach(note -> remarks.add(note.in(messages)));
        return root;
    }
}
