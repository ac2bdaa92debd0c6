package org.msqoffline.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.json.JsonProblem;
import org.msqoffline.json.JsonReadException;
import org.msqoffline.json.SchemaCheck;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.Delegation;
import org.msqoffline.response.InvalidAnswerException;
import org.msqoffline.response.Problem;
import org.msqoffline.response.ResponseInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The submission format ({@code msq-submission/1}): written deterministically (answers in questionnaire
 * order, timestamps only in the {@code response} block) and read strictly (schema, then every answer
 * against its item).
 */
public final class SubmissionJson {
    public static final String FORMAT = "msq-submission/1";

    /** Built on first read: writing a submission (an export) need not pay for the schema validator's start. */
    private static final class Schema {
        static final SchemaCheck CHECK = SchemaCheck.fromResource(Answers.class, "submission.schema.json");
    }

    private SubmissionJson() {
    }

    public static ObjectNode build(Questionnaire questionnaire, ResponseInfo response, Answers answers,
            Completeness completeness, Instant exported) {
        return build(questionnaire, response, answers, completeness, exported, Optional.empty());
    }

    /** A submission; with a delegation, it is a contribution answering that delegation's items. */
    public static ObjectNode build(Questionnaire questionnaire, ResponseInfo response, Answers answers,
            Completeness completeness, Instant exported, Optional<Delegation> delegation) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        ObjectNode definition = root.putObject("questionnaire");
        definition.put("id", questionnaire.id());
        definition.put("edition", questionnaire.edition());
        definition.put("version", questionnaire.version());
        definition.put("sha256", questionnaire.sha256());
        ObjectNode country = root.putObject("country");
        country.put("iso3", response.countryIso3());
        country.put("name", response.countryName());
        ObjectNode origin = root.putObject("response");
        origin.put("id", response.id());
        origin.put("created", response.created().toString());
        origin.put("updated", response.updated().toString());
        origin.put("exported", exported.toString());
        ObjectNode complete = root.putObject("completeness");
        complete.put("complete", completeness.complete());
        complete.put("answered", completeness.answeredCount());
        complete.put("required", completeness.requiredCount());
        var missing = complete.putArray("missing");
        completeness.missing().stream().map(Problem::item).map(Item::id).forEach(missing::add);
        var invalid = complete.putArray("invalid");
        completeness.invalid().stream().map(Problem::item).map(Item::id).forEach(invalid::add);
        var unconfirmed = complete.putArray("unconfirmed");
        completeness.unconfirmed().stream().map(Problem::item).map(Item::id).forEach(unconfirmed::add);
        delegation.ifPresent(answered -> root.set("delegation", answered.toJson()));
        ObjectNode values = root.putObject("answers");
        for (Item item : questionnaire.items()) {
            answers.get(item.id()).ifPresent(value -> values.set(item.id(), AnswerCodec.toJson(value)));
        }
        return root;
    }

    public static byte[] bytes(ObjectNode submission) {
        return Json.pretty(submission);
    }

    /** Reads and schema-checks a submission; the answers are not yet typed. */
    public static Submission parse(byte[] bytes) throws InvalidSubmissionException {
        JsonNode root;
        try {
            root = Json.read(bytes);
        } catch (JsonReadException e) {
            throw new InvalidSubmissionException(e.userMessage());
        }
        // Answer values are checked against their items by answers(), which says what an item takes;
        // the schema's own wording for them ("must be valid to one and only one schema") helps nobody.
        List<JsonProblem> problems = Schema.CHECK.check(root).stream()
                .filter(problem -> !problem.pointer().startsWith("/answers/") || !root.path("answers").isObject())
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        JsonNode definition = root.get("questionnaire");
        JsonNode country = root.get("country");
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        JsonNode values = root.get("answers");
        values.propertyNames().forEach(itemId -> answers.put(itemId, values.get(itemId)));
        return new Submission(definition.get("id").asString(), definition.get("edition").asString(),
                definition.get("version").asString(), definition.get("sha256").asString(),
                country.get("iso3").asString(), country.get("name").asString(), answers, root);
    }

    /** Types every answer against its item; any unknown item, wrong type or unknown option refuses the whole file. */
    public static Map<String, AnswerValue> answers(Submission submission, Questionnaire questionnaire)
            throws InvalidSubmissionException {
        List<JsonProblem> problems = new ArrayList<>();
        Map<String, AnswerValue> typed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : submission.rawAnswers().entrySet()) {
            String pointer = "/answers/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            Item item = questionnaire.item(entry.getKey()).orElse(null);
            if (item == null) {
                problems.add(new JsonProblem(pointer, UserMessage.of("submissionFile.unknownItemIn", entry.getKey(), questionnaire.label())));
                continue;
            }
            try {
                AnswerValue value = AnswerCodec.fromJson(item, entry.getValue());
                if (value != null) {
                    typed.put(item.id(), value);
                }
            } catch (InvalidAnswerException e) {
                problems.add(new JsonProblem(pointer, e.userMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        return typed;
    }
}
