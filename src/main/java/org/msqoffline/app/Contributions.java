package org.msqoffline.app;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.exchange.Submission;
import org.msqoffline.exchange.SubmissionJson;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Delegation;
import org.msqoffline.response.InvalidAnswerException;
import org.msqoffline.response.MergePlan;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import org.msqoffline.store.DelegationRepository;

/**
 * Putting delegated work back together: a signed contribution is verified, compared item by item with
 * the response it came from (three-way, against what was handed over), and merged under the
 * contributor's name. Also restoring a response from a signed package or PDF.
 */
public final class Contributions {
    private final DataFolder data;
    private final Responses responses;

    public Contributions(DataFolder data, Responses responses) {
        this.data = data;
        this.responses = responses;
    }

    /** How conflicts (items both sides changed differently) are settled. */
    public enum Resolution {
        /** Change nothing: only compare. */
        COMPARE_ONLY,
        /** Take the contributor's answer for every conflict. */
        TAKE_ALL,
        /** Keep the current answer for every conflict. */
        KEEP_ALL
    }

    /** A verified contribution, compared with the response it answers. */
    public record Comparison(ResponseInfo response, Delegation delegation, String signer, String fingerprint, MergePlan plan,
            String digest, boolean alreadyMerged) {
    }

    /** What a merge did. */
    public record Merged(Comparison comparison, int changed) {
    }

    /** Verifies a contribution and compares it with the response; writes nothing. */
    public Comparison compare(ResponseInfo response, String fileName, byte[] bytes) {
        VerificationReport report = Exports.verifier(responses).verify(fileName, bytes);
        byte[] json = report.verifiedSubmission().orElseThrow(() -> UserInputException.of("contribution.invalidPackage",
                fileName, report.problems()));
        Submission submission = parse(json);
        if (!submission.document().has("delegation")) {
            throw UserInputException.of("contribution.fullSubmission", fileName);
        }
        Delegation answered = Delegation.fromJson(submission.document().get("delegation"));
        DelegationRepository.Issued issued = data.delegations().issued(answered.id())
                .filter(found -> found.delegation().responseId().equals(response.id()))
                .orElseThrow(() -> UserInputException.of("contribution.otherResponse", fileName, response.id()));
        Questionnaire questionnaire = responses.questionnaireOf(response);
        if (!submission.questionnaireSha256().equals(questionnaire.sha256())) {
            throw UserInputException.of("contribution.otherQuestionnaire", fileName, response.id());
        }
        Map<String, AnswerValue> incoming = typed(submission, questionnaire);
        for (String itemId : incoming.keySet()) {
            if (!issued.delegation().covers(itemId)) {
                throw UserInputException.of("contribution.itemNotDelegated", fileName, itemId);
            }
        }
        Map<String, AnswerValue> base = new HashMap<>();
        for (Map.Entry<String, String> entry : issued.baseAnswersJson().entrySet()) {
            try {
                AnswerValue value = AnswerCodec.fromStoredJson(questionnaire.item(entry.getKey()).orElseThrow(), entry.getValue());
                if (value != null) {
                    base.put(entry.getKey(), value);
                }
            } catch (InvalidAnswerException e) {
                throw new IllegalStateException("a stored delegation base does not fit its item", e);
            }
        }
        MergePlan plan = MergePlan.plan(questionnaire, issued.delegation().itemIds(), base, responses.answers(response), incoming);
        String digest = Json.sha256(json);
        return new Comparison(response, issued.delegation(), report.signer(), report.fingerprint(), plan, digest,
                data.delegations().alreadyMerged(digest));
    }

    /**
     * Merges a contribution: items only the contributor changed are taken; conflicts are settled by
     * {@code resolution}; each change enters the history under the signer's name. A contribution merged
     * before changes nothing.
     */
    public Merged merge(ResponseInfo response, String fileName, byte[] bytes, Resolution resolution) {
        Comparison comparison = compare(response, fileName, bytes);
        if (comparison.alreadyMerged() || resolution == Resolution.COMPARE_ONLY) {
            return new Merged(comparison, 0);
        }
        Map<String, Boolean> takeIncoming = new HashMap<>();
        comparison.plan().conflicts().forEach(conflict -> takeIncoming.put(conflict.item().id(), resolution == Resolution.TAKE_ALL));
        return apply(comparison, takeIncoming);
    }

    /** Applies a comparison with a choice per conflicting item (true: take the contributor's answer). */
    public Merged apply(Comparison comparison, Map<String, Boolean> takeIncomingByConflict) {
        if (comparison.alreadyMerged()) {
            return new Merged(comparison, 0);
        }
        Map<String, AnswerValue> chosen = new LinkedHashMap<>();
        for (MergePlan.ItemMerge item : comparison.plan().items()) {
            boolean take = switch (item.change()) {
                case INCOMING -> true;
                case CONFLICT -> takeIncomingByConflict.getOrDefault(item.item().id(), false);
                default -> false;
            };
            if (take) {
                chosen.put(item.item().id(), item.incoming());
            }
        }
        int changed = data.delegations().merge(comparison.response().id(), comparison.delegation().id(), comparison.digest(),
                comparison.signer(), chosen);
        return new Merged(comparison, changed);
    }

    /** Recreates a response from a signed package (.asice) or signed PDF copy, e.g. on a new laptop. */
    public ResponseInfo restore(String fileName, byte[] bytes, String contributor) throws InvalidSubmissionException {
        VerificationReport report = Exports.verifier(responses).verify(fileName, bytes);
        byte[] json = report.verifiedSubmission().orElseThrow(() -> new InvalidSubmissionException(
                UserMessage.of("contribution.invalidPackageOrPdf", fileName, report.problems())));
        return responses.importSubmission(json, contributor);
    }

    private static Submission parse(byte[] json) {
        try {
            return SubmissionJson.parse(json);
        } catch (InvalidSubmissionException e) {
            throw new UserInputException(UserMessage.saying(e));
        }
    }

    private static Map<String, AnswerValue> typed(Submission submission, Questionnaire questionnaire) {
        try {
            return SubmissionJson.answers(submission, questionnaire);
        } catch (InvalidSubmissionException e) {
            throw new UserInputException(UserMessage.saying(e));
        }
    }
}
