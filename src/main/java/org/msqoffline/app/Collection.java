package org.msqoffline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msqoffline.exchange.CollectionTable;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.exchange.PackageVerifier;
import org.msqoffline.exchange.Submission;
import org.msqoffline.exchange.SubmissionJson;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;

/**
 * For DESA: turns packages into one table. Every package is verified; only valid ones give rows, and
 * every package left out is named with its reasons — nothing invalid is ever mixed in.
 */
public final class Collection {
    private final Responses responses;

    public Collection(Responses responses) {
        this.responses = responses;
    }

    /** A package left out, and why. */
    public record LeftOut(Path file, UserMessage reason) {
    }

    /** The rows of the valid packages, and the packages left out. */
    public record Result(List<CollectionTable.Row> rows, List<LeftOut> leftOut, int packages) {
    }

    public Result collect(List<Path> files) {
        List<CollectionTable.Row> rows = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        PackageVerifier verifier = Exports.verifier(responses);
        for (Path file : files) {
            byte[] bytes;
            try {
                if (Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
                    leftOut.add(new LeftOut(file, UserMessage.of("collect.tooLarge", Json.MAX_DOCUMENT_BYTES / (1024 * 1024))));
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                leftOut.add(new LeftOut(file, UserMessage.of("collect.unreadable", e.getMessage())));
                continue;
            }
            VerificationReport report = verifier.verify(file.toString(), bytes);
            if (!report.valid()) {
                leftOut.add(new LeftOut(file, UserMessage.saying(report.problems())));
                continue;
            }
            try {
                rows.addAll(rowsOf(report));
            } catch (InvalidSubmissionException | UserInputException e) {
                leftOut.add(new LeftOut(file, UserMessage.saying(e)));
            }
        }
        return new Result(rows, leftOut, files.size());
    }

    private List<CollectionTable.Row> rowsOf(VerificationReport report) throws InvalidSubmissionException {
        Submission submission = SubmissionJson.parse(report.verifiedSubmission().orElseThrow());
        Questionnaire questionnaire = responses.definitions().bySha256(submission.questionnaireSha256());
        Map<String, AnswerValue> answers = SubmissionJson.answers(submission, questionnaire);
        List<CollectionTable.Row> rows = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            AnswerValue answer = answers.get(item.id());
            rows.add(new CollectionTable.Row(submission.countryIso3(), item.id(), item.number(), answer == null ? "" : asText(item, answer),
                    report.signer(), report.fingerprint(), true));
        }
        return rows;
    }

    /** An answer as a person reads it: text as is, options by their English label, "Other: …" with its text. */
    static String asText(Item item, AnswerValue answer) {
        if (answer instanceof AnswerValue.Text text) {
            return text.text();
        }
        List<AnswerValue.Choice> choices = answer instanceof AnswerValue.Choice choice ? List.of(choice) : ((AnswerValue.Choices) answer).choices();
        return choices.stream().map(choice -> {
            String label = item.option(choice.optionId()).map(o -> o.label().english()).orElse(choice.optionId());
            return choice.freeText() == null ? label : label + ": " + choice.freeText();
        }).collect(Collectors.joining("; "));
    }
}
