package org.msqoffline.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msqoffline.json.Json;
import org.msqoffline.json.JsonProblem;
import org.msqoffline.json.JsonReadException;
import org.msqoffline.json.SchemaCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The delegation file ({@code .msqd}, format {@code msq-delegation/1}): everything a colleague needs to
 * answer part of a response offline — the definition itself, the delegated items, their current
 * answers, and who delegated to whom. JSON, so it can be read and checked by anyone.
 */
public final class DelegationFile {
    public static final String FORMAT = "msq-delegation/1";
    public static final String EXTENSION = ".msqd";
    private static final SchemaCheck SCHEMA = SchemaCheck.fromResource(DelegationFile.class, "delegation.schema.json");

    /** A delegation file as read: its parts still as JSON, typed by the caller against the definition. */
    public record Contents(JsonNode delegation, String countryIso3, String countryName, JsonNode questionnaire,
            Map<String, JsonNode> answers) {
    }

    private DelegationFile() {
    }

    public static byte[] write(JsonNode delegation, String countryIso3, String countryName, JsonNode questionnaire, ObjectNode answers) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.set("delegation", delegation);
        ObjectNode country = root.putObject("country");
        country.put("iso3", countryIso3);
        country.put("name", countryName);
        root.set("questionnaire", questionnaire);
        root.set("answers", answers);
        return Json.pretty(root);
    }

    /** Whether these bytes look like a delegation file rather than a submission (by their format field). */
    public static boolean isDelegation(byte[] bytes) {
        try {
            return FORMAT.equals(Json.read(bytes).path("format").asString(""));
        } catch (JsonReadException e) {
            return false;
        }
    }

    public static Contents read(byte[] bytes) throws InvalidSubmissionException {
        JsonNode root;
        try {
            root = Json.read(bytes);
        } catch (JsonReadException e) {
            throw new InvalidSubmissionException(e.userMessage());
        }
        List<JsonProblem> problems = SCHEMA.check(root);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        JsonNode values = root.get("answers");
        values.propertyNames().forEach(item -> answers.put(item, values.get(item)));
        return new Contents(root.get("delegation"), root.at("/country/iso3").asString(), root.at("/country/name").asString(),
                root.get("questionnaire"), answers);
    }
}
